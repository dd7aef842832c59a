using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Timeline;

/// <summary>
/// The events a timeline filter keeps, found in two steps so that showing 400 of 10,000 events reads 400 full rows:
/// first outlines of every event (the columns the filter and the pager need), then the full rows of one page.
/// Filtering stays in memory so the date-precision rules live in one place (<see cref="TimelineFilter.Matches"/>).
/// </summary>
internal static class TimelineMatches
{
    /// <summary>
    /// Outlines of the matching events in date order, and the year of the earliest event in the knowledge base
    /// whatever the filter. Without search words the outlines are the read model's (<see cref="ReadModel.EventOutlines"/>);
    /// searching reads titles and descriptions, which are too large to keep.
    /// </summary>
    public static async Task<(List<TimelineEvent> Matched, int FirstYear)> FindAsync(
        HypervisorContext db, ReadModel model, TimelineFilter filter, IReadOnlyCollection<string> laneIds, DateOnly today)
    {
        var outlines = filter.Query.Length > 0 ? await OutlinesWithWordsAsync(db) : model.EventOutlines;
        // The read model's outlines are shared between requests: they are only read (filtered, paged, looked up by id), never shown or changed.
        var matched = outlines.Where(e => filter.Matches(e, laneIds)).ToList();
        return (matched, outlines.Count > 0 ? outlines[0].Date.Year : today.Year);
    }

    /// <summary>The full events for <paramref name="outlines"/>, in their order, in one query.</summary>
    public static async Task<List<TimelineEvent>> FullAsync(HypervisorContext db, IReadOnlyList<TimelineEvent> outlines)
    {
        if (outlines.Count == 0) return [];
        var ids = outlines.Select(e => e.Id).ToList();
        var byId = await db.Events.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
        return outlines.Select(e => byId[e.Id]).ToList();
    }

    private static async Task<List<TimelineEvent>> OutlinesWithWordsAsync(HypervisorContext db) =>
        (await db.Events.Select(e => new TimelineEvent
        {
            Id = e.Id, Date = e.Date, Kind = e.Kind, Hypervisors = e.Hypervisors, Title = e.Title, Description = e.Description,
        }).ToListAsync()).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
}
