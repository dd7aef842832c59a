using System.Xml.Linq;
using HypervisorCompare.Content.Model;
using static HypervisorCompare.Web.Timeline.AtomFeed;

namespace HypervisorCompare.Web.Compare;

/// <summary>
/// Every dated change of a support cell as an Atom feed, newest first: subscribe to "what changed in KVM support"
/// (<c>/compare/changes.atom?h=kvm</c>). An entry is a support row that begins on a stated date.
/// </summary>
public static class ChangesFeed
{
    public const string Path = "/compare/changes.atom";
    public const int MaxEntries = 200;

    public static string Url(IEnumerable<string> hypervisorIds) =>
        Path + (hypervisorIds.Any() ? "?" + string.Join('&', hypervisorIds.Select(h => "h=" + Uri.EscapeDataString(h))) : "");

    public static void MapChangesFeed(this IEndpointRouteBuilder app) => app.MapGet(Path, async (HttpContext http, ReadModels models, RequestSnapshot snapshot) =>
    {
        var model = await models.ForAsync(snapshot);
        var hypervisors = model.Hypervisors;
        var wanted = http.Request.Query["h"].Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h!.Trim()).Distinct().ToList();
        var unknown = wanted.Where(id => hypervisors.All(h => h.Id != id)).ToList();
        // A feed has nowhere to show a notice: a reader silently given other changes than it asked for would be misled.
        if (unknown.Count > 0)
            return Results.Text($"Unknown hypervisor {string.Join(", ", unknown.Select(u => $"\"{u}\""))}: known ids are {string.Join(", ", hypervisors.Select(h => h.Id))}.\n",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var shown = wanted.Count == 0 ? hypervisors : hypervisors.Where(h => wanted.Contains(h.Id)).ToList();
        var ids = shown.Select(h => h.Id).ToList();
        var features = model.Features.ToDictionary(f => f.Id);
        var rows = model.SupportRows.Where(s => ids.Contains(s.HypervisorId) && s.Since?.Date is not null && features.ContainsKey(s.FeatureId))
            .OrderByDescending(s => s.Since!.Date!.Value).ThenBy(s => s.FeatureId, StringComparer.Ordinal).Take(MaxEntries).ToList();
        var updated = FeedContext.Newest(rows.Select(s => s.Since!.Date!.Value.Start));
        var site = http.RequestServices.GetRequiredService<SiteAddress>().Root(http.Request);
        return Results.Text(Write(site, updated, Url(wanted), shown, hypervisors, rows, features), "application/atom+xml; charset=utf-8");
    });

    private static string Write(string site, DateTime updated, string self, IReadOnlyList<Hypervisor> shown, IReadOnlyList<Hypervisor> all,
        IReadOnlyList<FeatureSupport> rows, IReadOnlyDictionary<string, Feature> features)
    {
        string Name(string id) => all.FirstOrDefault(h => h.Id == id)?.Name ?? id;
        string Absolute(string path) => site + path;
        string Id(string path) => FeedContext.IdFor(site, path);
        var compare = ComparePage.Url(CompareQuery.Parse(shown.Select(h => h.Id).ToArray(), null, null, null, null, null));
        return Document(Id(self), "HypervisorCompare support changes: " + string.Join(", ", shown.Select(h => h.Name)),
            "Each dated change of a feature's support, with the sentence that states it and its sources.", updated, Absolute(self), Absolute(compare),
            rows.Select(s =>
            {
                var feature = features[s.FeatureId];
                var when = Rfc3339(s.Since!.Date!.Value.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
                return new XElement(Atom + "entry",
                    // An inherited row shares its base's anchor: the product's id keeps both entries distinct in one feed.
                    new XElement(Atom + "id", Id(FeatureList.Url(s.FeatureId) + "#" + (s.InheritedFrom is null ? "" : s.HypervisorId + "-") + s.Citation.Anchor)),
                    new XElement(Atom + "title", new XAttribute("type", "text"),
                        Clean($"{Name(s.HypervisorId)}: {feature.Name} is {SupportDisplay.Label(s.Level).ToLowerInvariant()}")),
                    new XElement(Atom + "published", when),
                    new XElement(Atom + "updated", when),
                    Link("alternate", Absolute(FeatureList.Url(s.FeatureId) + "#h-" + s.HypervisorId), "text/html"),
                    Link("related", Absolute(ArticlePage.Url(s.Citation.ArticleSlug, s.Citation.Anchor)), "text/html", "In the article"),
                    s.Sources.Select(x => Link("related", x.Url, null, Clean(x.Title))),
                    new XElement(Atom + "summary", new XAttribute("type", "text"),
                        Clean($"{MilestoneText.Period(s)}. {s.Note}".Trim() + (s.InheritedFrom is { } from ? $" Inherited from {Name(from)}." : ""))));
            }));
    }
}
