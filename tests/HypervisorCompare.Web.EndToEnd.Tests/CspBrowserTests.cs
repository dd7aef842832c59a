using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>The other browser tests bypass the Content-Security-Policy (to inject axe-core); here it is enforced.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CspBrowserTests(BrowserSite site)
{
    private static readonly string[] Pages =
        ["/", "/compare", "/compare?diff=true&asof=2011-06", "/features", "/features/ksm", "/articles", "/articles/xen", "/timeline", "/glossary",
         "/hypervisors", "/hypervisors/kvm", "/licences", "/search?q=dom0", "/no/such/page"];

    [Fact]
    public async Task RealPages_UnderTheSitesPolicy_ViolateNothingAndStillLoadTheirStyles()
    {
        await using var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl, BypassCSP = false });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{page.Url}: {message.Text}");
        };

        foreach (var url in Pages)
        {
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
            // The stylesheet applied: the skip link is positioned off-screen by app.css, not shown inline.
            Assert.NotEqual("static", await page.EvalOnSelectorAsync<string>("a.skip-link", "e => getComputedStyle(e).position"));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
