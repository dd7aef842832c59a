namespace HypervisorCompare.Web.Tests.EndToEnd;

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
