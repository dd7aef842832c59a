namespace HypervisorCompare.Web.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CompareFlowTests(BrowserSite site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Compare_CitationLink_LeadsToTheRowInTheArticle(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScript);
        await page.GotoAsync("/compare");

        var citation = page.Locator("td.support a[title='Where the article says so']").First;
        var href = await citation.GetAttributeAsync("href");
        await citation.ClickAsync();

        Assert.NotNull(href);
        Assert.StartsWith("/articles/", href);
        Assert.EndsWith(href, page.Url);
        var anchor = href[(href.IndexOf('#') + 1)..];
        Assert.Equal(1, await page.Locator($"[id='{anchor}']").CountAsync());
    }
}
