using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>
/// The events a timeline filter keeps, from the read model's events (<see cref="ReadModel.Events"/>). Filtering stays
/// in memory so the date-precision rules live in one place (<see cref="TimelineFilter.Matches"/>).
/// </summary>
internal static class TimelineMatches
{
    /// <summary>The matching events in date order, and the year of the earliest event in the knowledge base whatever the filter.</summary>
    public static (List<TimelineEvent> Matched, int FirstYear) Find(ReadModel model, TimelineFilter filter, IReadOnlyCollection<string> laneIds, DateOnly today)
    {
        // The read model's events are shared between requests: they are only read (filtered, paged, shown), never changed.
        var matched = model.Events.Where(e => filter.Matches(e, laneIds)).ToList();
        return (matched, model.Events.Count > 0 ? model.Events[0].Date.Year : today.Year);
    }
}
