using HypervisorCompare.Web.Tests.Export;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>The real content exported and served by a plain static file server: crawled, then read in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticExportBrowserTests(BrowserSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task TheRealContentExported_HasNoBrokenLinkAndReadsAsTheSiteDoes()
    {
        using var knowledge = TestKnowledge.RealContent();
        var folder = Path.Combine(knowledge.Root, "export");
        output.WriteLine(await ExportedFixture.ExportAsync(knowledge, folder));
        await using var server = await StaticFolderServer.StartAsync(folder);
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl + "/") };

        var report = await new LinkCrawler(client).CrawlAsync();

        output.WriteLine($"{report.Pages} files, {report.Links} internal links, {report.EventPages} event pages");
        Assert.True(report.Broken.Count == 0, string.Join('\n', report.Broken.Take(50)));
        Assert.True(report.EventPages >= 400, $"only {report.EventPages} event pages");

        var context = await site.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
        var page = await context.NewPageAsync();
        // The live address of a profile arrives at its folder, styled by the exported stylesheet.
        var response = await page.GotoAsync("/hypervisors/xen");
        Assert.Equal(200, response!.Status);
        Assert.EndsWith("/hypervisors/xen/", page.Url);
        Assert.Equal("Xen", await page.Locator("h1").First.InnerTextAsync());
        // Both stylesheets (the site's and the components' scoped one) loaded from the export and apply.
        Assert.Equal(2, await page.EvaluateAsync<int>("[...document.styleSheets].filter(s => s.cssRules.length > 0).length"));
        Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('header nav ul')).listStyleType"));

        // A search from the exported header lands on the page that explains what needs the live site.
        await page.FillAsync("#site-search", "virtio");
        await page.Keyboard.PressAsync("Enter");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("This needs the live site");
    }
}
