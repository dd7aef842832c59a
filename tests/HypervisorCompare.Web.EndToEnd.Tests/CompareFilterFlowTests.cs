using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>Each filter of /compare applied through the form, with and without JavaScript, over the real content.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareFilterFlowTests(BrowserSite site)
{
    private async Task<IPage> OpenAsync(bool javaScript, string path = "/compare?h=xen&h=kvm")
    {
        var page = await site.NewPageAsync(javaScript);
        await page.GotoAsync(path);
        return page;
    }

    private static async Task ApplyAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static Task<string[]> CellClasses(IPage page, int column) =>
        page.Locator($"table.comparison tbody tr td:nth-of-type({column})").EvaluateAllAsync<string[]>("cells => cells.map(c => c.className)");

    [Theory, InlineData(true), InlineData(false)]
    public async Task Support_ShowsOnlyRowsWhereThatHypervisorHasThatLevel(bool javaScript)
    {
        var page = await OpenAsync(javaScript);
        await page.SelectOptionAsync("#filter-support-new", "kvm:yes");
        await ApplyAsync(page);

        Assert.Contains("support=kvm%3Ayes", page.Url);
        var kvmCells = await CellClasses(page, 2);
        Assert.NotEmpty(kvmCells);
        Assert.All(kvmCells, c => Assert.Contains("level-yes", c));
    }

    [Theory, InlineData(true), InlineData(false)]
    public async Task Diff_ShowsOnlyRowsWhereTheHypervisorsDiffer(bool javaScript)
    {
        var page = await OpenAsync(javaScript);
        await page.CheckAsync("input[name=diff]");
        await ApplyAsync(page);

        Assert.Contains("diff=1", page.Url);
        var xen = await CellClasses(page, 1);
        var kvm = await CellClasses(page, 2);
        Assert.NotEmpty(xen);
        Assert.All(xen.Zip(kvm), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Theory, InlineData(true), InlineData(false)]
    public async Task Category_ShowsOnlyThatCategory(bool javaScript)
    {
        var page = await OpenAsync(javaScript);
        await page.ClickAsync("details.categories > summary");
        await page.CheckAsync("input[name=category][value=memory]");
        await ApplyAsync(page);

        Assert.Contains("category=memory", page.Url);
        Assert.Equal(["category-memory"], await page.Locator("details.category").EvaluateAllAsync<string[]>("d => d.map(x => x.id)"));
    }

    [Theory, InlineData(true), InlineData(false)]
    public async Task Text_MatchesNamesDescriptionsSynonymsAndNotes(bool javaScript)
    {
        var page = await OpenAsync(javaScript);
        await page.FillAsync("#filter-q", "KSM");
        await ApplyAsync(page);

        Assert.Contains("q=KSM", page.Url);
        Assert.Equal(1, await page.Locator("tr#f-memory-page-sharing").CountAsync());
    }

    [Theory, InlineData(true), InlineData(false)]
    public async Task AsOf_ShowsEachCellAsItStoodThenAndSaysSo(bool javaScript)
    {
        var page = await OpenAsync(javaScript);
        await page.FillAsync("input[name=asof]", "2008-06");
        await ApplyAsync(page);

        Assert.Contains("asof=2008-06", page.Url);
        Assert.Contains("as of Jun 2008", await page.Locator("[role=status]").InnerTextAsync());
        var ksm = page.Locator("tr#f-memory-page-sharing td").Nth(1);
        Assert.Contains("level-no", await ksm.GetAttributeAsync("class"));
    }

    [Theory, InlineData(true), InlineData(false)]
    public async Task QuickView_AnswersWhatKvmHasThatXenLacksAsOf2011InThreeClicks(bool javaScript)
    {
        var page = await OpenAsync(javaScript, "/compare?h=xen&h=kvm&asof=2011-06");
        await page.GetByRole(AriaRole.Link, new() { Name = "what KVM has that Xen lacks" }).ClickAsync();

        Assert.Contains("support=kvm%3Ayes", page.Url);
        Assert.Contains("support=xen%3Ano", page.Url);
        Assert.Contains("asof=2011-06", page.Url);
        Assert.All(await CellClasses(page, 1), c => Assert.Contains("level-no", c));
        await page.Locator("table.comparison a[title='Where the article says so']").First.ClickAsync();
        Assert.Contains("/articles/", page.Url);
    }

    [Theory, InlineData(true), InlineData(false)]
    public async Task NoMatch_SaysSoAndOffersToClearTheFilters(bool javaScript)
    {
        var page = await OpenAsync(javaScript, "/compare?q=no-such-feature-anywhere");

        Assert.Contains("No feature matches", await page.Locator("p.notice").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Clear the filters" }).ClickAsync();
        Assert.DoesNotContain("q=", page.Url);
        Assert.True(await page.Locator("table.comparison").CountAsync() > 0);
    }

    [Fact]
    public async Task MalformedParameters_GiveAVisibleNoticeNotAnError()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync("/compare?h=nope&asof=2011-13&support=kvm");

        Assert.Equal(200, response!.Status);
        var notice = await page.Locator("[role=alert]").InnerTextAsync();
        Assert.Contains("Unknown hypervisor \"nope\"", notice);
        Assert.Contains("Ignored asof", notice);
        Assert.Contains("Ignored support filter", notice);
    }

    [Fact]
    public async Task Keyboard_CanReachAndSubmitTheFilters()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/compare");
        await page.FocusAsync("#filter-q");
        await page.Keyboard.TypeAsync("virtio");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**q=virtio**");

        Assert.True(await page.Locator("table.comparison tbody tr").CountAsync() > 0);
    }
}

[Collection(BrowserCollection.Name)]
public sealed class CompareTimelineLinkTests(BrowserSite site)
{
    [Fact]
    public async Task Compare_AsOf_LinksToTheTimelineUpToThatDate()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/compare?asof=2011-06");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "What happened up to then on the timeline" }).ClickAsync();

        Assert.Contains("/timeline?", page.Url);
        Assert.Contains("to=2011-06", page.Url);
        var dates = await page.Locator("main time[datetime]").EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime'))");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d[..Math.Min(7, d.Length)], "2011-06") <= 0, d));
    }
}
