using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>Every page type the reading pages add, scanned by axe-core in light and in dark mode, on a desktop and a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingAccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, bool, int> Pages()
    {
        string[] paths =
        [
            "/", "/hypervisors", "/hypervisors/xen", "/licences", "/licences/GPL-2.0-only", "/glossary", "/search",
            "/search?q=dom0", "/search?q=xen&p=2", "/search?q=%22%28%29", "/search?q=zzzqqq", "/articles/features-io-devices",
            "/articles/xen", "/articles/glossary", "/hypervisors/no-such-hypervisor",
        ];
        return Viewports.Across(paths.SelectMany(path => new[] { (path, false), (path, true) }).ToArray());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations(string path, bool dark, int width)
    {
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
        await Viewports.ResizeAsync(page, width);
        await page.GotoAsync(path);

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
