using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReadingFlowTests(BrowserSite site)
{
    /// <summary>The id of the :target element once the navigation that set the fragment has landed, or null.</summary>
    private static async Task<string?> TargetId(IPage page)
    {
        try
        {
            await page.Locator(":target").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            return null;
        }
        return await page.Locator(":target").GetAttributeAsync("id");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ComparisonCell_LeadsToItsSentenceHighlighted_AndTheSentenceLeadsBack(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScript);
        await page.GotoAsync("/compare");

        await page.Locator("tr#f-virtio td.support a[title='Where the article says so']").First.ClickAsync();

        Assert.Matches("/articles/features-io-devices#support-virtio-(kvm|xen)$", page.Url);
        var row = page.Locator(":target");
        Assert.StartsWith("support-virtio-", await TargetId(page));
        Assert.True(await row.IsVisibleAsync());
        if (javaScript) Assert.Equal("solid", await row.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await row.Locator("a[title='This row in the comparison']").ClickAsync();

        Assert.EndsWith("/compare#f-virtio", page.Url);
        Assert.Equal("f-virtio", await TargetId(page));
    }

    [Fact]
    public async Task ProfileLicence_LeadsToTheFactDeclaredInTheArticle_WithItsSources()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/hypervisors/xen");

        var row = page.Locator("#licences + .scroll-x table tbody tr").Filter(new() { HasText = "GPL-2.0-only" }).First;
        await row.Locator("a.stated-in").ClickAsync();

        Assert.Matches("/articles/xen#component-licence-xen-", page.Url);
        var fact = page.Locator(":target");
        Assert.True(await fact.IsVisibleAsync());
        Assert.True(await fact.Locator(".sources a").CountAsync() >= 1);
    }

    [Fact]
    public async Task ProfileEvent_LeadsToTheTimeline_AndOnToItsSentence_AndBack()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/hypervisors/kvm");

        await page.Locator(".timeline-excerpt .latest a").First.ClickAsync();
        await page.WaitForURLAsync("**/timeline/events/**");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "See it on the timeline" }).ClickAsync();
        var eventId = await TargetId(page);
        Assert.NotNull(eventId);
        Assert.Matches($"/timeline(\\?page=\\d+)?#{eventId}$", page.Url);

        await page.Locator(":target a", new() { HasText = "In the article" }).ClickAsync();
        Assert.Equal($"event-{eventId}", await TargetId(page));
        Assert.True(await page.Locator(":target .sources a, :target a[rel~='external'], :target a[href^='http']").CountAsync() >= 1);

        await page.Locator(":target a.fact-link").ClickAsync();
        await page.WaitForURLAsync($"**/timeline/events/{eventId}");
        Assert.Equal(1, await page.Locator("ul.single-event li#" + eventId).CountAsync());
    }

    [Fact]
    public async Task GlossaryLinkInAnArticle_LeadsToTheTermHighlighted()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/articles/xen-architecture");

        await page.Locator(".article-body a.glossary-link[href='/glossary#dom0']").ClickAsync();

        Assert.Equal("dom0", await TargetId(page));
        Assert.Contains("privileged", await page.Locator(":target dd").InnerTextAsync());
    }

    [Theory]
    [InlineData("dom0", "/glossary#dom0")]
    [InlineData("VirtIO", "/glossary#virtio")]
    public async Task HeaderSearch_FindsTheTermFirstWithHighlightsAndACount(string query, string firstResult)
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");

        await page.Locator("#site-search").FillAsync(query);
        await page.Locator("#site-search").PressAsync("Enter");

        Assert.EndsWith($"/search?q={query}", page.Url);
        Assert.Matches($@"^\d+ results for “{query}”$", (await page.Locator(".result-count").InnerTextAsync()).Trim());
        Assert.True(await page.Locator(".results .snippet mark").CountAsync() >= 3);
        var first = page.Locator(".results li a.title").First;
        Assert.Equal(firstResult, await first.GetAttributeAsync("href"));

        await first.ClickAsync();

        Assert.Equal(firstResult[(firstResult.IndexOf('#') + 1)..], await TargetId(page));
    }

    [Fact]
    public async Task InPageLink_WithoutJavaScript_StaysOnThePage()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/articles/xen-history");
        var link = page.Locator(".toc a").Nth(1);
        var anchor = (await link.GetAttributeAsync("href"))!;

        await link.ClickAsync();

        Assert.Equal($"{site.BaseUrl}/articles/xen-history{anchor}", page.Url);
        Assert.Equal(anchor[1..], await TargetId(page));
    }

    [Fact]
    public async Task UnknownHypervisor_IsA404PageWithAWayHome()
    {
        var page = await site.NewPageAsync(javaScript: false);

        var response = await page.GotoAsync("/hypervisors/no-such-hypervisor");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the home page" }).ClickAsync();
        Assert.Equal(site.BaseUrl + "/", page.Url);
    }
}
