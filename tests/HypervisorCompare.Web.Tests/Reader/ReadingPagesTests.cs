using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HypervisorCompare.Web.Tests.Reader;

/// <summary>The reading pages over HTTP, through the real middleware (status codes, not-found and error handling).</summary>
public sealed class ReadingPagesTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/hypervisors/no-such-hypervisor")]
    [InlineData("/licences/No-Such-Licence")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/hypervisors/xen/extra")]
    public async Task UnknownIdOrSlug_IsANotFoundPageWithAWayBack(string path)
    {
        var response = await _site.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", html);
        Assert.Contains("href=\"/\"", html);
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"\"", "dom0\"", "AND", "OR NOT", "NEAR(a b", "a*", "*", "^x", "title:x", "x:", "(", ")", "-x", "+",
        "'; DROP TABLE SearchIndex; --", "<script>alert(1)</script>", "\u0002dom0\u0003", "\0", "\u202E", "😀 dom0",
        new string('"', 10_000), string.Concat(Enumerable.Repeat("dom0 OR ", 1_250)), new string('x', 10_000),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_AnyInput_GivesAPageNeverAnError(string query)
    {
        var url = "/search?q=" + Uri.EscapeDataString(query);
        var response = await _site.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        // Queries longer than any search needs are refused, with a page, before anything parses them.
        var tooLong = url.Length - "/search".Length > Web.Http.RequestLimits.MaxQueryLength;
        Assert.Equal(tooLong ? HttpStatusCode.BadRequest : HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("99999999999999999999")]
    [InlineData("")]
    public async Task Search_MalformedPage_GivesAPageNeverAnError(string page)
    {
        var response = await _site.CreateClient().GetAsync($"/search?q=xen&p={Uri.EscapeDataString(page)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("result", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/hypervisors")]
    [InlineData("/hypervisors/xen")]
    [InlineData("/licences")]
    [InlineData("/licences/GPL-2.0-only")]
    [InlineData("/glossary")]
    [InlineData("/search?q=xen")]
    [InlineData("/articles/xen-notes")]
    [InlineData("/not-found")]
    public async Task Page_HasItsOwnTitleAndMetaDescription(string path)
    {
        var html = await _site.CreateClient().GetStringAsync(path);

        Assert.Matches("<title>[^<]{5,}</title>", html);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{10,}\"", html);
    }

    [Fact]
    public async Task Sitemap_ListsEveryPageAsAnAbsoluteUrl()
    {
        var client = _site.CreateClient();
        var response = await client.GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var paths = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value)).Select(u => u.AbsolutePath).ToList();
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Superset(new HashSet<string>(["/", "/compare", "/hypervisors/xen", "/hypervisors/kvm", "/articles/declarations",
            "/articles/xen-notes", "/licences/GPL-2.0-only", "/glossary"]), paths.ToHashSet());
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Fact]
    public async Task Robots_AllowsThePages_AndNamesNoSitemapWithoutAKnownAddress()
    {
        var robots = await _site.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *", robots);
        Assert.DoesNotContain("Sitemap:", robots);
    }
}

public sealed class ErrorPageTests
{
    [Fact]
    public async Task Error_WhenAPageFails_IsFriendlyWithoutAStackTrace()
    {
        // Content with an error never builds, so there is no database and every page that reads one fails.
        var knowledge = TestKnowledge.Fixture();
        knowledge.Write("broken.md", "---\ntitle: Broken\nsummary: x\nbogus: 1\n---\n");
        await using var site = new SiteFactory(knowledge);

        var response = await site.CreateClient().GetAsync("/hypervisors/xen");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotMatch(new Regex(@"Exception|\bat [\w.]+\(|\.cs:line"), html);
    }
}
