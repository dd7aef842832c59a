using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>Chromium loads the hostile pages, hovers and tabs through them, and must never open a dialog.</summary>
[Collection(BrowserCollection.Name)]
public sealed class XssBrowserTests(BrowserSite browser) : IAsyncLifetime
{
    private static readonly string[] Pages =
        ["/articles/" + HostileContent.Article, "/", "/articles", "/compare?h=hostile&h=xen", "/features", "/features/hostile-feature", "/glossary",
         "/timeline", "/hypervisors/hostile", "/search?q=alert"];

    private SiteFactory? _site;
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        var knowledge = TestKnowledge.Fixture();
        HostileContent.WriteTo(knowledge);
        _site = new SiteFactory(knowledge);
        _baseUrl = _site.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }

    /// <summary>With the site's CSP, and without it: sanitizing alone must already be enough.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task HostilePages_LoadedHoveredAndTabbed_OpenNoDialog(bool bypassCsp)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = _baseUrl, BypassCSP = bypassCsp });
        // Payload images point at other hosts; nothing leaves the machine.
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith(_baseUrl) ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Type} {dialog.Message}");
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync("/");
        await page.EvaluateAsync("() => alert('canary')");
        foreach (var url in Pages)
        {
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
            for (var i = 0; i < 10; i++) await page.Keyboard.PressAsync("Tab");
        }
        // Mouse and focus handlers only fire on interaction: hover each link and image of the article body.
        await page.GotoAsync(Pages[0]);
        foreach (var element in (await page.Locator(".article-body a, .article-body img").AllAsync()).Take(40))
            await element.HoverAsync(new() { Timeout = 1_000, Force = true });

        Assert.Equal([$"{_baseUrl}/: alert canary"], dialogs);
    }
}
