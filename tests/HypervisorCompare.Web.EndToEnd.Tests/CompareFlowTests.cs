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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Compare_ACellsReleaseLink_LeadsToTheEventPageThatShowsTheChange_AndBackToTheFeature(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScript);
        await page.GotoAsync("/compare?h=xen");
        var release = page.Locator("td.support a.release").First;
        var feature = await release.Locator("xpath=ancestor::tr/th/a").InnerTextAsync();

        await release.ClickAsync();

        // Polls the address instead of waiting for a load event, which enhanced navigation (with JavaScript) may not fire.
        await Microsoft.Playwright.Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/timeline/events/[a-z0-9-]+$"));
        var changes = page.Locator("table.event-changes");
        await Microsoft.Playwright.Assertions.Expect(changes).ToContainTextAsync(feature);
        await changes.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = feature, Exact = true }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/features/[a-z0-9-]+#h-xen$"));
        await Microsoft.Playwright.Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(feature);
    }

    [Fact]
    public async Task Compare_TwoProducts_MarksInheritedCellsAndFollowsOneToItsBasesRow()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/hypervisors");
        await page.Locator("#products ~ ul").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "XCP-ng", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/hypervisors/xcp-ng");

        await page.GotoAsync("/compare?h=xcp-ng&h=openstack");

        await Microsoft.Playwright.Assertions.Expect(page.Locator("table.comparison th .built-on").First).ToHaveTextAsync("on Xen");
        var inherited = page.Locator("td.support.is-inherited");
        Assert.True(await inherited.CountAsync() > 20, "a product inherits most of its cells");
        Assert.True(await page.Locator("td.support:not(.is-inherited):not(.not-researched)").CountAsync() > 20, "each product states cells of its own");
        var link = inherited.First.Locator(".inherited a");
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();

        Assert.Matches("/articles/[a-z0-9-]+#support-[a-z0-9-]+-(xen|kvm)(-\\d+)?$", href);
        Assert.EndsWith(href!, page.Url);
    }
}
