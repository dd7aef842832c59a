namespace HypervisorCompare.Web.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/compare")]
    [InlineData("/articles")]
    [InlineData("/articles/xen-history")]
    [InlineData("/features")]
    [InlineData("/features/memory-page-sharing")]
    [InlineData("/compare?asof=2011-06&diff=1")]
    public async Task Page_HasNoAxeViolations(string path)
    {
        var page = await site.NewPageAsync();
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
}

[Collection(BrowserCollection.Name)]
public sealed class DarkModeAndPrintTests(BrowserSite site)
{
    [Theory]
    [InlineData("/compare")]
    [InlineData("/features")]
    public async Task Page_InDarkMode_HasNoAxeViolations(string path)
    {
        var page = await site.NewPageAsync(colorScheme: Microsoft.Playwright.ColorScheme.Dark);
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
