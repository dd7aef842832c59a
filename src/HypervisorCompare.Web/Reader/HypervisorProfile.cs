using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Reader;

/// <summary>Everything the profile page shows about one hypervisor.</summary>
public sealed record HypervisorProfile(
    Hypervisor Hypervisor,
    IReadOnlyDictionary<string, Organisation> Organisations,
    Comparison Features,
    TimelineData Timeline,
    IReadOnlyList<TimelineEvent> Releases,
    IReadOnlyList<Article> Articles,
    ParityLead? Lead)
{
    /// <summary>The products built on this hypervisor.</summary>
    public IReadOnlyList<Hypervisor> Products { get; init; } = [];

    /// <summary>Null when no hypervisor has the id.</summary>
    public static async Task<HypervisorProfile?> LoadAsync(HypervisorContext db, ReadModel model, string id, DateOnly asOf)
    {
        var hypervisor = model.Hypervisors.FirstOrDefault(h => h.Id == id);
        if (hypervisor is null) return null;
        var organisationIds = hypervisor.Stewards.Select(s => s.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
        // One matrix of every hypervisor serves both this one's column and where it led or followed the others.
        var everyone = model.Hypervisors.Select(h => h.Id).ToList();
        var matrix = Comparison.From(model, everyone, asOf);
        var column = everyone.IndexOf(id);
        var features = matrix with
        {
            Hypervisors = [matrix.Hypervisors[column]],
            Groups = matrix.Groups.Select(g => g with { Rows = g.Rows.Select(r => r with { Cells = [r.Cells[column]] }).ToList() }).ToList(),
        };
        // The excerpt names no other hypervisor, so its timeline needs to know only this one; its newest page ends at today.
        var timeline = TimelineData.Load(model, TimelineFilter.ForHypervisor(id), asOf, TimelineData.Last, [hypervisor]);
        var articles = await db.Articles.Where(a => a.About.Contains(id)).OrderBy(a => a.Title).ToListAsync();
        // The release series, newest first, built from the content's `release` events of this hypervisor.
        var releases = features.Releases.Events.Where(e => e.Kind == "release" && e.Hypervisors.Contains(id))
            .OrderByDescending(e => e.Date.Start).ThenByDescending(e => e.Id, StringComparer.Ordinal).ToList();
        var rows = matrix.Groups.SelectMany(g => g.Rows).ToList();
        // Leading and following are measured between hypervisors; a product's inherited dates would only echo its base's.
        var lead = hypervisor.IsProduct ? null : ParityLead.Of(id, rows.Select(r => r.Feature).ToList(), matrix.Hypervisors.Where(h => !h.IsProduct).ToList(),
            rows.SelectMany(r => r.Cells.SelectMany(c => c.History)).ToList(), asOf);
        return new HypervisorProfile(hypervisor, organisations, features, timeline, releases, articles, lead)
        {
            Products = matrix.Hypervisors.Where(h => h.BuiltOn == id).ToList(),
        };
    }

    public string OrganisationName(string id) => Organisations.TryGetValue(id, out var o) ? o.Name : id;
}
