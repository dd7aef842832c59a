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
    ParityLead Lead)
{
    /// <summary>Null when no hypervisor has the id.</summary>
    public static async Task<HypervisorProfile?> LoadAsync(HypervisorContext db, string id, DateOnly asOf)
    {
        var hypervisor = await db.Hypervisors.Include(h => h.Licences).Include(h => h.Stewards).FirstOrDefaultAsync(h => h.Id == id);
        if (hypervisor is null) return null;
        var organisationIds = hypervisor.Stewards.Select(s => s.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
        var features = await Comparison.LoadAsync(db, [id], asOf);
        // The excerpt names no other hypervisor, so its timeline needs to know only this one; its newest page ends at today.
        var timeline = await TimelineData.LoadAsync(db, TimelineFilter.ForHypervisor(id), asOf, [hypervisor], TimelineData.Last);
        var articles = await db.Articles.Where(a => a.About.Contains(id)).OrderBy(a => a.Title).ToListAsync();
        // The release series, newest first, built from the content's `release` events of this hypervisor.
        var releases = features.Releases.Events.Where(e => e.Kind == "release" && e.Hypervisors.Contains(id))
            .OrderByDescending(e => e.Date.Start).ThenByDescending(e => e.Id, StringComparer.Ordinal).ToList();
        var lead = ParityLead.Of(id, await db.Features.OrderBy(f => f.Name).ToListAsync(), await db.Hypervisors.InDisplayOrder().ToListAsync(),
            await db.SupportRowsForReading().ToListAsync(), asOf);
        return new HypervisorProfile(hypervisor, organisations, features, timeline, releases, articles, lead);
    }

    public string OrganisationName(string id) => Organisations.TryGetValue(id, out var o) ? o.Name : id;
}
