using System.Net;

namespace HypervisorCompare.Web.Export;

/// <summary>
/// One answer of the live site, as the export keeps it until every address is known: compressed, since a crawl of
/// the generator's scale 1 holds 790 MB of answers, and the export then writes them one at a time.
/// </summary>
public sealed class Answer(string address, HttpStatusCode status, string mediaType, byte[] body, string? location)
{
    private readonly byte[] _stored = Store(body);

    public string Address { get; } = address;
    public HttpStatusCode Status { get; } = status;
    public string MediaType { get; } = mediaType;
    public string? Location { get; } = location;

    public byte[] Body
    {
        get
        {
            using var inflate = new System.IO.Compression.ZLibStream(new MemoryStream(_stored), System.IO.Compression.CompressionMode.Decompress);
            using var copy = new MemoryStream();
            inflate.CopyTo(copy);
            return copy.ToArray();
        }
    }

    private static byte[] Store(byte[] body)
    {
        using var output = new MemoryStream();
        using (var deflate = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(body);
        return output.ToArray();
    }
}

/// <summary>
/// Fetches every address the site links to from its home page, its sitemap, its feeds and its API collections, the
/// way a search engine would: a link is followed unless it says rel="nofollow" (a filter's variation: quick views,
/// "remove this condition", exports), and what <see cref="IsLive"/> names is left to the live server.
/// </summary>
public sealed class SiteCrawler(HttpClient client, string siteRoot, Action<int>? progress = null)
{
    /// <summary>Answers the export never writes: a reader's free queries.</summary>
    public static readonly string[] LivePaths = ["/search"];

    /// <summary>Besides <c>/</c> and the sitemap: what only a feed reader or a tool would ask for (API items: see SiteExport).</summary>
    public static readonly string[] Seeds =
        ["/", "/robots.txt", "/sitemap.xml", "/timeline.atom", "/timeline.ics", "/compare.csv", "/compare/changes.atom",
         "/api/hypervisors", "/api/features", "/api/timeline", "/api/articles", "/openapi/v1.json", "/schema/front-matter.schema.json"];

    public async Task<IReadOnlyDictionary<string, Answer>> CrawlAsync(CancellationToken cancel = default)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        IReadOnlyList<string> wave = Seeds;
        while (wave.Count > 0)
        {
            var fetched = await FetchAllAsync(wave, cancel);
            foreach (var answer in fetched) answers[answer.Address] = answer;
            progress?.Invoke(answers.Count);
            wave = fetched.SelectMany(LinksOf).Where(a => !answers.ContainsKey(a)).Distinct(StringComparer.Ordinal).ToList();
        }
        return answers;
    }

    /// <summary>The internal address a link names, without its fragment, or null for an external or non-page link.</summary>
    public string? Internal(string href)
    {
        if (href.Length == 0 || href.StartsWith('#')) return null;
        if (siteRoot.Length > 0 && (href == siteRoot || href.StartsWith(siteRoot + "/", StringComparison.Ordinal))) href = href[siteRoot.Length..];
        if (href.Length == 0) href = "/";
        if (href.StartsWith("//", StringComparison.Ordinal) || href.Contains(':') && !href.StartsWith('/')) return null;
        // Pages have <base href="/">: a relative link resolves from the root.
        if (!href.StartsWith('/')) href = "/" + href;
        var hash = href.IndexOf('#');
        return hash < 0 ? href : href[..hash];
    }

    /// <summary>
    /// What only the live server answers, so that an export grows with the content and not with its product:
    /// search (the reader's own words); the dated views (<c>asof</c>, <c>vs</c>: one comparison of every feature per
    /// event, 420 KB each, made the export of the real content 856 MB, and each event's page already shows the cells
    /// it changed); and a filtered view's data formats (its CSV, JSON or feed). The whole comparison's CSV, the
    /// feeds and every API collection and item are exported.
    /// </summary>
    public static bool IsLive(string address)
    {
        var (path, query) = ExportPaths.Split(address);
        if (LivePaths.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal))) return true;
        if (query.Length == 0) return false;
        return path.StartsWith("/api/", StringComparison.Ordinal) || Path.HasExtension(path)
            || Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).Keys.Any(DatedKeys.Contains);
    }

    private static readonly HashSet<string> DatedKeys = new(["asof", "vs"], StringComparer.OrdinalIgnoreCase);

    private IEnumerable<string> LinksOf(Answer answer)
    {
        if (answer.Status is >= HttpStatusCode.MovedPermanently and < HttpStatusCode.BadRequest && answer.Location is { } location && Internal(location) is { } moved)
            return [moved];
        if (answer.Status != HttpStatusCode.OK) return [];
        return answer.MediaType switch
        {
            "text/html" => HtmlLinks.Find(Text(answer)).Where(l => !l.IsForm && !l.NoFollow).Select(l => Internal(l.Value))
                .OfType<string>().Where(a => !IsLive(a)),
            "application/xml" => HtmlLinks.Locations(Text(answer)).Select(Internal).OfType<string>(),
            _ => [],
        };
    }

    private static string Text(Answer answer) => System.Text.Encoding.UTF8.GetString(answer.Body);

    public async Task<IReadOnlyList<Answer>> FetchAllAsync(IEnumerable<string> addresses, CancellationToken cancel)
    {
        var results = new System.Collections.Concurrent.ConcurrentBag<Answer>();
        await Parallel.ForEachAsync(addresses, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancel },
            async (address, token) => results.Add(await FetchAsync(address, token)));
        return results.ToList();
    }

    public async Task<Answer> FetchAsync(string address, CancellationToken cancel) => (await FetchWithLinkAsync(address, cancel)).Answer;

    /// <summary>An answer and its Link header's rel="next" target, if any (RFC 8288).</summary>
    public async Task<(Answer Answer, string? Next)> FetchWithLinkAsync(string address, CancellationToken cancel)
    {
        using var response = await client.GetAsync(address, cancel);
        var body = await response.Content.ReadAsByteArrayAsync(cancel);
        var answer = new Answer(address, response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream", body,
            response.Headers.Location?.OriginalString);
        var next = response.Headers.TryGetValues("Link", out var links)
            ? links.SelectMany(l => l.Split(',')).Select(l => l.Trim()).FirstOrDefault(l => l.Contains("rel=\"next\"", StringComparison.Ordinal))
            : null;
        return (answer, next is null ? null : next[(next.IndexOf('<') + 1)..next.IndexOf('>')]);
    }
}
