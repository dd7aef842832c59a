namespace HypervisorCompare.Web.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CompareFlowTests(BrowserSite site)
{
    [Fact]
    public async Task Compare_WhatChangedSince2011_MarksTheChangedCellsAndKeepsBothDatesInTheUrlAndTheForm()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/compare");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "What changed since 2011, the year of the original article" }).ClickAsync();

        await page.WaitForURLAsync("**/compare?*asof=2011&vs=*");
        var summary = await page.Locator(".change-summary").InnerTextAsync();
        Assert.Matches(@"What changed from 31 Dec 2011 to \d+ \w+ 20\d\d", summary);
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(summary, @"(\d+) cells? changed").Groups[1].Value);
        Assert.True(count > 10, summary);
        Assert.Equal(count, await page.Locator("td.changed").CountAsync());
        Assert.Equal("2011", await page.Locator("#filter-asof").InputValueAsync());
        Assert.NotEqual("", await page.Locator("#filter-vs").InputValueAsync());

        await page.Locator(".change-summary a").ClickAsync();

        Assert.DoesNotContain("vs=", page.Url);
        Assert.Equal(0, await page.Locator("td.changed").CountAsync());
    }

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
