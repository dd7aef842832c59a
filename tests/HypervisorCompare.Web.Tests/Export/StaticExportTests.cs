using AngleSharp.Html.Parser;
using HypervisorCompare.Web.Export;

namespace HypervisorCompare.Web.Tests.Export;

/// <summary>The fixture content exported once, as the <c>export</c> command does it; each test reads the folder.</summary>
public sealed class ExportedFixture : IAsyncLifetime
{
    public TestKnowledge Knowledge { get; } = TestKnowledge.Fixture();
    public string Folder => Path.Combine(Knowledge.Root, "export");
    public string Output { get; private set; } = "";

    public async ValueTask InitializeAsync() => Output = await ExportAsync(Knowledge, Folder);

    public static async Task<string> ExportAsync(TestKnowledge knowledge, string folder, params string[] more)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await ExportCommand.RunAsync(["export", "--out", folder, "--content", knowledge.ContentPath, "--db", knowledge.DatabasePath, .. more], output, errors);
        Assert.True(exit == 0, errors.ToString());
        return output.ToString();
    }

    public ValueTask DisposeAsync()
    {
        Knowledge.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class StaticExportTests(ExportedFixture export, ITestOutputHelper log) : IClassFixture<ExportedFixture>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task AStaticServerOverTheExport_HasNoBrokenLink()
    {
        await using var server = await StaticFolderServer.StartAsync(export.Folder);
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl + "/") };

        var report = await new LinkCrawler(client).CrawlAsync();

        log.WriteLine($"{export.Output}{report.Pages} files crawled, {report.Links} links");
        Assert.True(report.Broken.Count == 0, string.Join('\n', report.Broken));
        Assert.True(report.EventPages >= 3, $"only {report.EventPages} event pages");
        Assert.Contains("/hypervisors/xen/", report.SitemapPaths);
    }

    [Fact]
    public async Task EveryPageOfTheSitemap_HasTheSameMainContentAsTheLiveSite()
    {
        await using var live = new SiteFactory(TestKnowledge.Fixture());
        using var client = live.CreateClient();
        var paths = Parser.ParseDocument(await client.GetStringAsync("/sitemap.xml")).QuerySelectorAll("loc").Select(l => l.TextContent).ToList();
        // Query views the pages link to, each exported to a file of its own.
        string[] queryViews = ["/compare?h=xen&h=kvm&category=memory", "/timeline?h=kvm&from=2000&to=2009", "/features?category=memory"];

        var compared = 0;
        foreach (var address in paths.Concat(queryViews))
        {
            Assert.True(File.Exists(FileOf(address)), $"{address} was not exported");
            var exported = MainText(await File.ReadAllTextAsync(FileOf(address)));
            Assert.Equal(MainText(await client.GetStringAsync(address)), exported);
            compared++;
        }
        Assert.True(compared >= 18, $"only {compared} pages compared");
    }

    [Fact]
    public async Task ExportingAgain_WritesNothingAndAFreshDatabase_GivesTheSameBytes()
    {
        using var again = TestKnowledge.Fixture();
        var folder = Path.Combine(again.Root, "export");
        await ExportedFixture.ExportAsync(again, folder);

        var second = await ExportedFixture.ExportAsync(again, folder);

        Assert.Matches(@"in [\d.]+ s: 0 written, \d+ unchanged, 0 deleted", second);
        Assert.Equal(Tree(export.Folder), Tree(folder));
    }

    [Fact]
    public void SearchAndForms_PointAtTheLivePageThatExplainsThem()
    {
        var home = File.ReadAllText(Path.Combine(export.Folder, "index.html"));

        Assert.Contains("action=\"/live-only/\"", home);
        Assert.DoesNotContain("action=\"/search\"", home);
        Assert.Contains("This needs the live site", File.ReadAllText(Path.Combine(export.Folder, "live-only", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(export.Folder, "search")));
    }

    [Fact]
    public void NotFoundPageAndFullDumps_AreWritten()
    {
        Assert.Contains("Page not found", File.ReadAllText(Path.Combine(export.Folder, "404.html")));
        using var events = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(export.Folder, "dumps", "timeline.json")));
        Assert.True(events.RootElement.GetArrayLength() >= 3);
    }

    [Fact]
    public async Task WithABaseUrlAndALiveSite_LinksCarryThePathAndFormsGoLive()
    {
        using var knowledge = TestKnowledge.Fixture();
        var folder = Path.Combine(knowledge.Root, "export");

        await ExportedFixture.ExportAsync(knowledge, folder, "--base-url", "https://example.org/hc", "--live-url", "https://live.example.org");

        var home = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.Contains("href=\"/hc/compare/\"", home);
        Assert.Contains("action=\"https://live.example.org/search\"", home);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/hc/\"", home);
        Assert.Contains("<loc>https://example.org/hc/hypervisors/xen/</loc>", File.ReadAllText(Path.Combine(folder, "sitemap.xml")));
    }

    private string FileOf(string address) =>
        Path.Combine(export.Folder, ExportPaths.File(address, "text/html").TrimStart('/'));

    /// <summary>What a reader reads: the main element's text, links aside (the export's links name files, not routes).</summary>
    private static string MainText(string html) =>
        Parser.ParseDocument(html).QuerySelector("main")?.TextContent ?? throw new Xunit.Sdk.XunitException("no <main>");

    private static Dictionary<string, string> Tree(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
