using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace HypervisorCompare.Web.Export;

/// <summary>
/// Turns the crawled answers of a running site into the files of a static export: every link rewritten to the file
/// that holds its target (see <see cref="ExportPaths"/>), a link to what was not exported (a search, a form, a
/// filter's further variations) sent to the live site when one is named, else to the page that explains why it
/// needs one; plus <c>404.html</c> and the API's collections in full under <c>/dumps/</c>.
/// </summary>
public sealed class SiteExport(SiteCrawler crawler, ExportPaths paths, string siteRoot, string liveUrl)
{
    public const string NotFoundProbe = "/export-404-probe";

    /// <summary>The collections whose every page is joined into one file: tools read a whole dataset at once.</summary>
    public static readonly string[] Collections = ["hypervisors", "features", "timeline", "articles"];

    /// <summary>Each file of the export by its name, made when the folder writes it (so that they are not all held at once).</summary>
    public async Task<IReadOnlyDictionary<string, Func<byte[]>>> FilesAsync(CancellationToken cancel = default)
    {
        var answers = (await crawler.CrawlAsync(cancel)).ToDictionary();
        var dumps = new Dictionary<string, JsonArray>();
        foreach (var name in Collections) dumps[name] = await DumpAsync("/api/" + name, cancel);
        // Every item of every collection, by the id (or slug) its entries carry: the collection itself is paged.
        var items = dumps.SelectMany(d => d.Value.Select(item => $"/api/{d.Key}/{Uri.EscapeDataString(IdOf(item))}"));
        foreach (var answer in await crawler.FetchAllAsync([.. items.Where(a => !answers.ContainsKey(a)), NotFoundProbe, LiveOnly.Url()], cancel))
            answers[answer.Address] = answer;

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in answers.Values.Where(a => a.Status == HttpStatusCode.OK))
            files[answer.Address] = ExportPaths.File(answer.Address, answer.MediaType);

        var output = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal);
        foreach (var answer in answers.Values.Where(a => a.Status == HttpStatusCode.OK))
            output[files[answer.Address]] = () => Rewrite(answer, files, answers);
        output["/404.html"] = () => Rewrite(answers[NotFoundProbe], files, answers);
        foreach (var (name, all) in dumps)
        {
            var bytes = Encoding.UTF8.GetBytes(all.ToJsonString() + "\n");
            output[$"/dumps/{name}.json"] = () => bytes;
        }
        return output;
    }

    private byte[] Rewrite(Answer answer, Dictionary<string, string> files, Dictionary<string, Answer> answers)
    {
        if (answer.MediaType is not ("text/html" or "application/atom+xml" or "application/xml")) return answer.Body;
        var text = Encoding.UTF8.GetString(answer.Body);
        string? Map(string href, bool form)
        {
            if (crawler.Internal(href) is not { } address) return null;
            var hash = href.IndexOf('#');
            var fragment = hash < 0 ? "" : href[hash..];
            var absolute = siteRoot.Length > 0 && href.StartsWith(siteRoot, StringComparison.Ordinal);
            // Follow the site's own redirects, so a link lands where the server would have sent it.
            for (var hops = 0; !form && answers.TryGetValue(address, out var a) && a.Location is { } next && crawler.Internal(next) is { } to && hops < 5; hops++)
                address = to;
            if (!form && files.TryGetValue(address, out var file))
                return (absolute ? Origin(siteRoot) : "") + paths.Link(file) + fragment;
            if (liveUrl.Length > 0) return liveUrl + address + fragment;
            var notice = paths.Link(files[LiveOnly.Url()]);
            return (absolute ? Origin(siteRoot) : "") + notice;
        }
        text = answer.MediaType == "application/xml"
            ? HtmlLinks.RewriteLocations(text, loc => Map(loc, form: false))
            : HtmlLinks.Rewrite(text, link => Map(link.Value, form: link.IsForm));
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Every page of a collection, in order, as one JSON array (the API pages by its Link header's rel="next").</summary>
    private async Task<JsonArray> DumpAsync(string collection, CancellationToken cancel)
    {
        var all = new JsonArray();
        // The largest page the API allows: the fewest requests for a dump.
        string? next = collection + "?limit=" + Api.ApiPage.MaxLimit;
        for (var pages = 0; next is not null && pages < 10_000; pages++)
        {
            var (answer, link) = await crawler.FetchWithLinkAsync(next, cancel);
            if (answer.Status != HttpStatusCode.OK) throw new InvalidOperationException($"{next} answered {(int)answer.Status} during the export.");
            foreach (var item in JsonNode.Parse(answer.Body)!.AsArray().ToList()) all.Add(item?.DeepClone());
            next = link is null ? null : crawler.Internal(link);
        }
        return all;
    }

    private static string IdOf(JsonNode? item) =>
        (item?["id"] ?? item?["slug"])?.GetValue<string>() ?? throw new InvalidOperationException("An API item without an id or a slug: " + item?.ToJsonString());

    private static string Origin(string root) => new Uri(root).GetLeftPart(UriPartial.Authority);
}
