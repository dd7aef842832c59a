using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace HypervisorCompare.Web.Tests.Support;

/// <summary>
/// Crawls a site from <c>/</c> and every page in <c>/sitemap.xml</c>, following every internal link, stylesheet,
/// script, image and form action, and checks that each answers 200 and that each #fragment names an element on
/// its page. A redirect is followed, and a #fragment it lands on (an event permalink lands on its timeline page at
/// the event) must name an element there too. External links are not followed (the tests run offline); they are counted.
/// </summary>
public sealed class LinkCrawler(HttpClient client)
{
    /// <summary>A crawl that grows past this is a bug (an ever-changing link), not a big site.</summary>
    public const int MaxPages = 8000;

    private static readonly HtmlParser Parser = new();
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public sealed record Link(string From, string Target);

    public sealed record Report(IReadOnlyList<string> Broken, int Pages, int Links, int ExternalLinks, IReadOnlyList<string> SitemapPaths)
    {
        /// <summary>How many event permalink pages answered 200.</summary>
        public int EventPages { get; init; }
    }

    public async Task<Report> CrawlAsync()
    {
        var statuses = new Dictionary<string, HttpStatusCode>();
        var ids = new Dictionary<string, HashSet<string>>();
        var landedOn = new Dictionary<string, string>();
        var links = new List<Link>();
        var broken = new List<string>();
        var external = 0;
        var sitemap = await SitemapPathsAsync(broken);
        // A rel="nofollow" link (a filter variation: quick views, "remove this condition", exports) is checked but
        // not followed, as a search engine would treat it: its variations multiply with every dated view.
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Path, string From, bool Follow)>([("/", "(start)", true), ("/robots.txt", "(start)", true), .. sitemap.Select(p => (p, "/sitemap.xml", true))]);
        while (queue.TryDequeue(out var next))
        {
            if (statuses.ContainsKey(next.Path) && (!next.Follow || expanded.Contains(next.Path))) continue;
            if (statuses.Count >= MaxPages) { broken.Add($"crawl stopped after {MaxPages} pages; last from {next.From}"); break; }
            var response = await client.GetAsync(next.Path);
            statuses[next.Path] = response.StatusCode;
            if (!next.Follow) continue;
            expanded.Add(next.Path);
            if (response.RequestMessage?.RequestUri is { Fragment.Length: > 1 } final) landedOn[next.Path] = final.PathAndQuery + final.Fragment;
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            ids[next.Path] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            var targets = document.QuerySelectorAll("a[href], link[href]").Select(e => (Href: e.GetAttribute("href")!, Follow: e.GetAttribute("rel")?.Contains("nofollow") != true))
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => (Href: e.GetAttribute("src")!, Follow: true)))
                .Concat(document.QuerySelectorAll("form[action]").Select(e => (Href: e.GetAttribute("action")!, Follow: true)));
            // Links resolve against the document's base URL, as a browser resolves them: with <base href="/">,
            // href="#x" means "/#x", not "#x" on this page.
            var baseUrl = new Uri(new Uri(client.BaseAddress!, next.Path), document.QuerySelector("base[href]")?.GetAttribute("href") ?? "");
            foreach (var (href, follow) in targets)
            {
                if (Resolve(baseUrl, href) is not { } target) { external++; continue; }
                links.Add(new Link(next.Path, target));
                queue.Enqueue((PathOf(target), next.Path, follow));
            }
        }
        foreach (var link in links.Distinct())
        {
            var path = PathOf(link.Target);
            var status = statuses.GetValueOrDefault(path);
            if (status != HttpStatusCode.OK) broken.Add($"{link.From} -> {link.Target}: {(int)status} {status}");
            else if (FragmentOf(link.Target) is { Length: > 0 } fragment && ids.TryGetValue(path, out var onPage) && !onPage.Contains(fragment))
                broken.Add($"{link.From} -> {link.Target}: no element with id '{fragment}'");
            else if (landedOn.TryGetValue(path, out var landing) && ids.TryGetValue(path, out var there) && !there.Contains(FragmentOf(landing)))
                broken.Add($"{link.From} -> {link.Target}: redirected to {landing}, which has no element with id '{FragmentOf(landing)}'");
        }
        broken.AddRange(sitemap.Where(p => statuses.GetValueOrDefault(p) != HttpStatusCode.OK)
            .Select(p => $"/sitemap.xml -> {p}: {(int)statuses.GetValueOrDefault(p)}"));
        return new Report(broken.Distinct().ToList(), statuses.Count, links.Count, external, sitemap) {
            EventPages = statuses.Count(s => s.Key.StartsWith("/timeline/events/", StringComparison.Ordinal) && s.Value == HttpStatusCode.OK),
        };
    }

    private async Task<List<string>> SitemapPathsAsync(List<string> broken)
    {
        var response = await client.GetAsync("/sitemap.xml");
        if (response.StatusCode != HttpStatusCode.OK) { broken.Add($"/sitemap.xml: {(int)response.StatusCode}"); return []; }
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return xml.Descendants(SitemapNs + "loc").Select(l => new Uri(client.BaseAddress!, l.Value)).Select(u => u.PathAndQuery).ToList();
    }

    /// <summary>The site-relative target (path, query and fragment) of a link, or null for another site or scheme.</summary>
    private string? Resolve(Uri baseUrl, string href)
    {
        if (!Uri.TryCreate(baseUrl, href.Trim(), out var uri)) return "/(unparseable) " + href;
        if (uri.Scheme is not ("http" or "https") || uri.Authority != client.BaseAddress!.Authority) return null;
        return uri.PathAndQuery + uri.Fragment;
    }

    private static string PathOf(string target) => target.IndexOf('#') is var hash and >= 0 ? target[..hash] : target;

    private static string FragmentOf(string target) =>
        target.IndexOf('#') is var hash and >= 0 ? Uri.UnescapeDataString(target[(hash + 1)..]) : "";
}
