using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>Every page type the reading pages add, scanned by axe-core in light and in dark mode.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingAccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, bool> Pages()
    {
        string[] paths =
        [
            "/", "/hypervisors", "/hypervisors/xen", "/licences", "/licences/GPL-2.0-only", "/glossary", "/search",
            "/search?q=dom0", "/search?q=xen&p=2", "/search?q=%22%28%29", "/search?q=zzzqqq", "/articles/features-io-devices",
            "/articles/xen", "/articles/glossary", "/hypervisors/no-such-hypervisor",
        ];
        var data = new TheoryData<string, bool>();
        foreach (var path in paths)
        {
            data.Add(path, false);
            data.Add(path, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations(string path, bool dark)
    {
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(path);

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
