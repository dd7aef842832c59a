namespace HypervisorCompare.Web.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, int> Pages() => Viewports.Across(
        "/", "/compare", "/articles", "/articles/xen-history", "/features", "/features/memory-page-sharing", "/compare?asof=2011-06&diff=1",
        "/timeline/events/xen-citrix-completes-xensource");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations(string path, int width)
    {
        var page = await site.NewPageAsync();
        await Viewports.ResizeAsync(page, width);
        await page.GotoAsync(path);

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}

[Collection(BrowserCollection.Name)]
public sealed class AxeSelfTests(BrowserSite site)
{
    [Fact]
    public async Task Axe_ReportsAKnownViolation_SoAPassingScanMeansSomething()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/x.png' }))");

        var violations = await Axe.ViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("image-alt"));
    }

    [Fact]
    public async Task Axe_ReportsTwoCrowdedTinyLinks_SoTheTargetSizeRuleRuns()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("""
            () => document.querySelector('main').append(Object.assign(document.createElement('div'), {
              innerHTML: '<a href="/a" style="display:inline-block;width:10px;height:10px"></a><a href="/b" style="display:inline-block;width:10px;height:10px"></a>'
            }))
            """);

        var violations = await Axe.ViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("target-size"));
    }
}

[Collection(BrowserCollection.Name)]
public sealed class DarkModeAndPrintTests(BrowserSite site)
{
    public static TheoryData<string, int> Pages() => Viewports.Across("/compare", "/features");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InDarkMode_HasNoAxeViolations(string path, int width)
    {
        var page = await site.NewPageAsync(colorScheme: Microsoft.Playwright.ColorScheme.Dark);
        await Viewports.ResizeAsync(page, width);
        await page.GotoAsync(path);

        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var violations = await Axe.ViolationsAsync(page);

        Assert.Equal("rgb(13, 17, 23)", background);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task Compare_WhenPrinted_HidesNavigationAndFiltersButKeepsTheTable()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/compare");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        Assert.False(await page.Locator("header.site-header").IsVisibleAsync());
        Assert.False(await page.Locator("form.filters").IsVisibleAsync());
        Assert.True(await page.Locator("table.comparison").First.IsVisibleAsync());
    }
}
