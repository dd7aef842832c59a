using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>The chart as <see cref="TimelineLayout.Compute"/> placed it, in SVG user units (y grows downwards).</summary>
public sealed record TimelineChartLayout(TimelineScale Scale, double Height, IReadOnlyList<(int Year, double X)> Ticks,
    IReadOnlyList<LaneBox> Lanes, IReadOnlyList<PlacedEvent> Events, IReadOnlyList<PlacedEra> Eras, double? TodayX)
{
    public double Width => TimelineLayout.Width;
}

public sealed record LaneBox(TimelineLane Lane, double Top, double Height);

/// <summary>An event's marker at <see cref="X"/>, the span of days its date can mean (<see cref="From"/> to <see cref="To"/>), and its row.</summary>
public sealed record PlacedEvent(TimelineEvent Event, string LaneId, int Row, double X, double From, double To, double Y,
    string? Label, bool LabelOnLeft, double Left, double Right);

/// <summary>An era band in its lane (<see cref="LaneId"/> null: across every lane), and the tint it casts over the lane.</summary>
public sealed record PlacedEra(Era Era, string? LaneId, int Row, double From, double To, double Y, double TintTop, double TintHeight,
    string Label, bool OpenEnded);
