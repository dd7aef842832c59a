using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Data;

/// <summary>
/// The events a timeline filter keeps, found in two steps so that showing 300 of 10,000 events reads 300 full rows:
/// first the few columns the filter and the pager need, for every event; then the full rows of one page.
/// Filtering stays in memory so the date-precision rules live in one place (<see cref="TimelineFilter.Matches"/>).
/// </summary>
internal static class TimelineMatches
{
    /// <summary>
    /// Outlines of the matching events in date order (id and date, and only the other columns the filter reads), and
    /// the year of the earliest event in the knowledge base whatever the filter. Reading 10,000 rows is most of a
    /// request's time, so the unfiltered timeline reads two short columns.
    /// </summary>
    public static async Task<(List<TimelineEvent> Matched, int FirstYear)> FindAsync(
        HypervisorContext db, TimelineFilter filter, IReadOnlyCollection<string> laneIds, DateOnly today)
    {
        var words = filter.Query.Length > 0;
        var kind = words || filter.Kinds.Count > 0;
        // Ingest checks that events name known hypervisors, so without a hypervisor filter every event is in a lane.
        var outlines = filter.Hypervisors.Count > 0 || !filter.IncludeEcosystem
            ? await db.Events.Select(e => new TimelineEvent
            {
                Id = e.Id, Date = e.Date, Kind = kind ? e.Kind : "", Hypervisors = e.Hypervisors,
                Title = words ? e.Title : "", Description = words ? e.Description : "",
            }).ToListAsync()
            : await db.Events.Select(e => new TimelineEvent
            {
                Id = e.Id, Date = e.Date, Kind = kind ? e.Kind : "",
                Title = words ? e.Title : "", Description = words ? e.Description : "",
            }).ToListAsync();
        var matched = outlines.Where(e => filter.Matches(e, laneIds)).OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
        return (matched, outlines.Count > 0 ? outlines.Min(e => e.Date.Year) : today.Year);
    }

    /// <summary>The full events for <paramref name="outlines"/>, in their order, in one query.</summary>
    public static async Task<List<TimelineEvent>> FullAsync(HypervisorContext db, IReadOnlyList<TimelineEvent> outlines)
    {
        if (outlines.Count == 0) return [];
        var ids = outlines.Select(e => e.Id).ToList();
        var byId = await db.Events.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
        return outlines.Select(e => byId[e.Id]).ToList();
    }
}
