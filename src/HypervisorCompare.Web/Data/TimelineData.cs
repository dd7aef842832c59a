using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Data;

/// <summary>
/// What the timeline page, its feeds and the profile excerpt show: the selected hypervisors (one lane each),
/// the events that pass the filter in date order, the eras of those lanes, and the date range on the axis.
/// </summary>
public sealed record TimelineData(
    TimelineFilter Filter, IReadOnlyList<Hypervisor> Hypervisors, IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Era> Eras, DateOnly Start, DateOnly End, DateOnly Today)
{
    /// <summary>Every hypervisor in the knowledge base, for the filter form and for naming an event's hypervisors.</summary>
    public IReadOnlyList<Hypervisor> AllHypervisors { get; init; } = Hypervisors;

    /// <summary>The year of the earliest event in the knowledge base, whatever the filter: where zoom links start.</summary>
    public int FirstYear { get; init; } = Start.Year;

    /// <summary>The eras that overlap the axis (<see cref="Eras"/> has every era of the lanes, for zoom links).</summary>
    public IEnumerable<Era> ErasInRange => Eras.Where(e => (e.From?.Start ?? DateOnly.MinValue) <= End && (e.To?.End ?? Today) >= Start);

    public IReadOnlyList<TimelineLane> Lanes
    {
        get
        {
            var lanes = Hypervisors.Select(h => new TimelineLane(h.Id, h.Name)).ToList();
            if (Filter.IncludeEcosystem || Events.Any(e => TimelineLayout.LaneOf(e, LaneIds) == TimelineLane.SharedId))
                lanes.Add(TimelineLane.Shared);
            return lanes;
        }
    }

    public IReadOnlyList<string> LaneIds => Hypervisors.Select(h => h.Id).ToList();

    /// <summary>Checks the raw query against the hypervisors in the database, then loads.</summary>
    public static async Task<TimelineData> LoadAsync(HypervisorContext db, TimelineQuery query, DateOnly today)
    {
        var all = await db.Hypervisors.OrderBy(h => h.Name).ToListAsync();
        return await LoadAsync(db, TimelineFilter.Parse(query, all.Select(h => h.Id).ToList()), today, all);
    }

    public static async Task<TimelineData> LoadAsync(HypervisorContext db, TimelineFilter filter, DateOnly today, IReadOnlyList<Hypervisor>? all = null)
    {
        all ??= await db.Hypervisors.OrderBy(h => h.Name).ToListAsync();
        var lanes = filter.Hypervisors.Count == 0 ? all : filter.Hypervisors.Select(id => all.FirstOrDefault(h => h.Id == id)).OfType<Hypervisor>().ToList();
        var laneIds = lanes.Select(h => h.Id).ToList();
        // A hundred-odd events: filtering in memory keeps the date-precision rules in one place (TimelineFilter.Matches).
        var stored = await db.Events.ToListAsync();
        var events = stored.Where(e => filter.Matches(e, laneIds)).OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
        var firstYear = stored.Count > 0 ? stored.Min(e => e.Date.Year) : today.Year;
        var start = filter.From?.Start ?? new DateOnly(events.Count > 0 ? events[0].Date.Year : firstYear, 1, 1);
        var end = filter.To?.End ?? new DateOnly(Math.Max(today.Year, start.Year), 12, 31);
        var eras = (await db.Eras.ToListAsync())
            .Where(e => e.HypervisorId is null || laneIds.Contains(e.HypervisorId))
            .OrderBy(e => e.From).ThenBy(e => e.Id).ToList();
        return new TimelineData(filter, lanes, events, eras, start, end, today) { AllHypervisors = all, FirstYear = firstYear };
    }

    /// <summary>The day to show the comparison as of, "just after" an event: the day after the last day it can mean, never in the future.</summary>
    public static DateOnly AsOfAfter(TimelineEvent e, DateOnly today) =>
        e.Date.End < today ? e.Date.End.AddDays(1) : today;
}

/// <summary>A horizontal lane of the chart: one hypervisor, or the shared lane for events naming none or several.</summary>
public sealed record TimelineLane(string Id, string Name)
{
    // Hypervisor ids are non-empty kebab-case, so the empty id cannot collide with one.
    public const string SharedId = "";

    public static readonly TimelineLane Shared = new(SharedId, "Shared and ecosystem");
}
