namespace HypervisorCompare.Web.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LinkCheckerTests(BrowserSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryInternalLink_FromHomeAndSitemap_Resolves()
    {
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl + "/") };

        var report = await new LinkCrawler(client).CrawlAsync();

        output.WriteLine($"{report.Pages} pages, {report.Links} internal links, {report.ExternalLinks} external links not followed, {report.SitemapPaths.Count} sitemap entries, {report.EventPages} event pages");
        Assert.True(report.Broken.Count == 0, string.Join('\n', report.Broken));
        Assert.True(report.Pages >= 100, $"only {report.Pages} pages crawled");
        Assert.True(report.EventPages > 50, $"only {report.EventPages} event permalink pages crawled");
        Assert.Contains("/hypervisors/xen", report.SitemapPaths);
        Assert.Contains("/timeline", report.SitemapPaths);
    }
}

/// <summary>The crawler itself, on a site seeded with a broken link and a missing anchor: a green crawl means something.</summary>
public sealed class LinkCrawlerSelfTests
{
    [Fact]
    public async Task Crawl_ReportsABrokenLinkAndAMissingAnchor()
    {
        var knowledge = TestKnowledge.Fixture();
        knowledge.Write("broken-links.md", """
            ---
            title: Broken links
            summary: Links a crawler must catch.
            ---
            A [missing page](/hypervisors/no-such-hypervisor), a [missing anchor](/glossary#no-such-term)
            and a [good anchor](/compare#f-thp).
            """);
        await using var site = new SiteFactory(knowledge);
        using var client = site.CreateClient();

        var report = await new LinkCrawler(client).CrawlAsync();

        Assert.Contains("/articles/broken-links -> /hypervisors/no-such-hypervisor: 404 NotFound", report.Broken);
        Assert.Contains("/articles/broken-links -> /glossary#no-such-term: no element with id 'no-such-term'", report.Broken);
        Assert.DoesNotContain(report.Broken, b => b.Contains("#f-thp"));
    }
}
