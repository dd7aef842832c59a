using System.Net;
using AngleSharp.Html.Parser;

namespace HypervisorCompare.Web.Tests.Safety;

/// <summary>The site built from <see cref="HostileContent"/>, crawled over HTTP: every page it links to is checked.</summary>
public sealed class HostileContentTests : IAsyncLifetime
{
    private const int MaxPages = 400;

    private readonly ITestOutputHelper _output;
    private readonly SiteFactory _site;

    public HostileContentTests(ITestOutputHelper output)
    {
        _output = output;
        var knowledge = TestKnowledge.Fixture();
        HostileContent.WriteTo(knowledge);
        _site = new SiteFactory(knowledge);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    /// <summary>The pages that show hostile fields directly, and every page reachable from them and from the home page.</summary>
    public static readonly string[] Seeds =
        ["/", "/articles", "/articles/" + HostileContent.Article, "/compare", "/compare?h=hostile&h=xen", "/features", "/features/hostile-feature",
         "/glossary", "/timeline", "/timeline?h=hostile", "/hypervisors", "/hypervisors/hostile", "/licences", "/search?q=alert", "/search?q=%3Cscript%3E"];

    [Fact]
    public async Task Crawl_EveryServedPage_HasNoScriptNoHandlerAndNoUnsafeUrl()
    {
        var pages = await CrawlAsync();

        Assert.Contains("/articles/" + HostileContent.Article, pages.Keys);
        Assert.Contains("/features/hostile-feature", pages.Keys);
        var problems = pages.SelectMany(p => HtmlSafety.Problems(p.Value).Select(problem => $"{p.Key}: {problem}")).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task ArticlePage_ShowsEveryMarkupPayloadAsText()
    {
        var html = await _site.CreateClient().GetStringAsync("/articles/" + HostileContent.Article);
        var text = new HtmlParser().ParseDocument(html).Body!.TextContent;

        foreach (var payload in HostileContent.Markup) Assert.Contains("Payload: " + payload, text);
    }

    [Fact]
    public async Task ArticlePage_KeepsTheSafeLinkInEachPayloadLineAndNoScriptUrl()
    {
        var html = await _site.CreateClient().GetStringAsync("/articles/" + HostileContent.Article);
        var hrefs = new HtmlParser().ParseDocument(html).QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();

        Assert.Contains("https://example.org/%22onmouseover=%22alert(48)", hrefs);
        Assert.All(hrefs, href => Assert.True(HtmlSafety.IsSafeUrl(href), href));
    }

    private async Task<Dictionary<string, string>> CrawlAsync()
    {
        var client = _site.CreateClient();
        var pages = new Dictionary<string, string>();
        var queue = new Queue<string>(Seeds);
        var seen = new HashSet<string>(Seeds);
        while (queue.TryDequeue(out var url) && pages.Count < MaxPages)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            pages[url] = html;
            foreach (var link in new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var local = link.Split('#')[0];
                if (local.StartsWith('/') && !local.StartsWith("//") && seen.Add(local)) queue.Enqueue(local);
            }
        }
        _output.WriteLine($"Crawled {pages.Count} pages; {queue.Count} more links left unvisited.");
        return pages;
    }
}
