using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>
/// What the timeline page, its feeds and the profile excerpt show: the selected hypervisors (one lane each),
/// one page of the events that pass the filter in date order, the eras of those lanes, and the date range on the axis.
/// </summary>
public sealed record TimelineData(
    TimelineFilter Filter, IReadOnlyList<Hypervisor> Hypervisors, IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Era> Eras, DateOnly Start, DateOnly End, DateOnly Today)
{
    /// <summary>Every hypervisor in the knowledge base, for the filter form and for naming an event's hypervisors.</summary>
    public IReadOnlyList<Hypervisor> AllHypervisors { get; init; } = Hypervisors;

    /// <summary>The year of the earliest event in the knowledge base, whatever the filter: where zoom links start.</summary>
    public int FirstYear { get; init; } = Start.Year;

    /// <summary>Every page the filtered events fill (see <see cref="TimelinePaging"/>); one page when they fit on it.</summary>
    public IReadOnlyList<TimelinePageSpan> Pages { get; init; } = TimelinePaging.Split(Events.Select(e => e.Date.Year).ToList(), int.MaxValue);

    /// <summary>The 1-based number of the page <see cref="Events"/> is.</summary>
    public int PageNumber { get; init; } = 1;

    public TimelinePageSpan Page => Pages[PageNumber - 1];

    /// <summary>How many events pass the filter, on every page.</summary>
    public int Total => Pages[^1].Skip + Pages[^1].Count;

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

    /// <summary>Checks the raw query (filters and page) against the hypervisors in the database, then loads.</summary>
    public static TimelineData Load(ReadModel model, TimelineQuery query, DateOnly today) =>
        Load(model, TimelineFilter.Parse(query, model.Hypervisors.Select(h => h.Id).ToList()), today, query.Page);

    /// <summary>
    /// Loads one page: <paramref name="page"/> is <c>?page=</c> as given (a bad value adds a notice), or "last" for the
    /// newest; <paramref name="hypervisors"/>, when given, are the only ones the page names (a profile's excerpt).
    /// </summary>
    public static TimelineData Load(ReadModel model, TimelineFilter filter, DateOnly today,
        string? page = null, IReadOnlyList<Hypervisor>? hypervisors = null)
    {
        var all = hypervisors ?? model.Hypervisors;
        var lanes = LanesOf(filter, all);
        var laneIds = lanes.Select(h => h.Id).ToList();
        var (matched, firstYear) = TimelineMatches.Find(model, filter, laneIds, today);
        var pages = TimelinePaging.Split(matched.Select(e => e.Date.Year).ToList());
        var notices = filter.Notices.ToList();
        var number = page == Last ? pages.Count : PageNumbers.Parse(page, pages.Count, "these events fill", notices);
        var span = pages[number - 1];
        var events = matched.Skip(span.Skip).Take(span.Count).ToList();
        // One page spans what the filter asks for (as it always has); pages of many span their whole years.
        var start = number == 1 ? filter.From?.Start ?? new DateOnly(matched.Count > 0 ? matched[0].Date.Year : firstYear, 1, 1)
            : Later(new DateOnly(span.FirstYear, 1, 1), filter.From?.Start);
        var end = number == pages.Count ? filter.To?.End ?? new DateOnly(Math.Max(today.Year, start.Year), 12, 31)
            : Earlier(new DateOnly(span.LastYear, 12, 31), filter.To?.End);
        var eras = model.Eras.Where(e => e.HypervisorId is null || laneIds.Contains(e.HypervisorId)).ToList();
        return new TimelineData(filter with { Notices = notices }, lanes, events, eras, start, end, today)
        {
            AllHypervisors = all, FirstYear = firstYear, Pages = pages, PageNumber = number,
        };
    }

    /// <summary>The <c>page</c> argument of <see cref="Load(ReadModel, TimelineFilter, DateOnly, string?, IReadOnlyList{Hypervisor}?)"/> for the newest events.</summary>
    public const string Last = "last";

    /// <summary>The newest <paramref name="count"/> events that pass the query's filter (its page is ignored), for the feeds.</summary>
    public static TimelineData LoadLatest(ReadModel model, TimelineQuery query, DateOnly today, int count)
    {
        var all = model.Hypervisors;
        var filter = TimelineFilter.Parse(query, all.Select(h => h.Id).ToList());
        var lanes = LanesOf(filter, all);
        var (matched, firstYear) = TimelineMatches.Find(model, filter, lanes.Select(h => h.Id).ToList(), today);
        var events = matched.TakeLast(count).ToList();
        var start = filter.From?.Start ?? new DateOnly(events.Count > 0 ? events[0].Date.Year : firstYear, 1, 1);
        return new TimelineData(filter, lanes, events, [], start, filter.To?.End ?? new DateOnly(today.Year, 12, 31), today)
        {
            AllHypervisors = all, FirstYear = firstYear,
        };
    }

    /// <summary>Every event that passes the filter, in date order, as the page lists them over all its pages (the JSON API pages them by count).</summary>
    public static List<TimelineEvent> Matching(ReadModel model, TimelineFilter filter, DateOnly today) =>
        TimelineMatches.Find(model, filter, LanesOf(filter, model.Hypervisors).Select(h => h.Id).ToList(), today).Matched;

    /// <summary>The page of the unfiltered timeline that lists the event; null when there is no such event.</summary>
    public static int? PageOf(ReadModel model, string eventId, DateOnly today)
    {
        var laneIds = model.Hypervisors.Select(h => h.Id).ToList();
        var (matched, _) = TimelineMatches.Find(model, TimelineFilter.All, laneIds, today);
        var index = matched.FindIndex(e => e.Id == eventId);
        return index < 0 ? null : TimelinePaging.Split(matched.Select(e => e.Date.Year).ToList()).First(p => index < p.Skip + p.Count).Number;
    }

    /// <summary>The day to show the comparison as of, "just after" an event: the day after the last day it can mean, never in the future.</summary>
    public static DateOnly AsOfAfter(TimelineEvent e, DateOnly today) =>
        e.Date.End < today ? e.Date.End.AddDays(1) : today;

    private static List<Hypervisor> LanesOf(TimelineFilter filter, IReadOnlyList<Hypervisor> all) =>
        filter.Hypervisors.Count == 0 ? all.Where(h => !h.IsProduct).ToList() : filter.Hypervisors.Select(id => all.FirstOrDefault(h => h.Id == id)).OfType<Hypervisor>().ToList();

    private static DateOnly Later(DateOnly a, DateOnly? b) => b is { } d && d > a ? d : a;

    private static DateOnly Earlier(DateOnly a, DateOnly? b) => b is { } d && d < a ? d : a;
}

/// <summary>A horizontal lane of the chart: one hypervisor, or the shared lane for events naming none or several.</summary>
public sealed record TimelineLane(string Id, string Name)
{
    // Hypervisor ids are non-empty kebab-case, so the empty id cannot collide with one.
    public const string SharedId = "";

    public static readonly TimelineLane Shared = new(SharedId, "Shared and ecosystem");
}
