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
    /// Outlines of the matching events (id, date, kind, hypervisors; title and description only when words are
    /// searched) in date order, and the year of the earliest event in the knowledge base whatever the filter.
    /// </summary>
    public static async Task<(List<TimelineEvent> Matched, int FirstYear)> FindAsync(
        HypervisorContext db, TimelineFilter filter, IReadOnlyCollection<string> laneIds, DateOnly today)
    {
        var words = filter.Query.Length > 0;
        var outlines = await db.Events.Select(e => new TimelineEvent
        {
            Id = e.Id, Date = e.Date, Kind = e.Kind, Hypervisors = e.Hypervisors,
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
