using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>
/// One real Kestrel server over a copy of the project's content/, and the system Chromium driven by Playwright.
/// Playwright cannot download its own browser here, so it launches /usr/bin/chromium (Debian package chromium).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private SiteFactory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        _factory = new SiteFactory(TestKnowledge.RealContent());
        BaseUrl = _factory.StartKestrel();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page; with <paramref name="javaScript"/> false the browser runs no script at all.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light)
    {
        // BypassCSP lets the accessibility tests inject axe-core; the site itself is tested with its CSP elsewhere.
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, JavaScriptEnabled = javaScript, BypassCSP = true, ColorScheme = colorScheme });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
