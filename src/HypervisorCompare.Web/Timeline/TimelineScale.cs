using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>
/// Maps days onto x between two edges, each day getting an equal slice. A date is drawn over every day it can
/// mean: a day is a sliver, "Oct 2003" the whole of October, "2003" the whole year.
/// </summary>
public sealed record TimelineScale(DateOnly Start, DateOnly End, double Left, double Right)
{
    public double DayWidth => (Right - Left) / (End.DayNumber - Start.DayNumber + 1);

    /// <summary>The left edge of a day's slice (unclamped: days outside the range map outside the edges).</summary>
    public double X(DateOnly day) => Left + (day.DayNumber - Start.DayNumber) * DayWidth;

    public double ClampedX(DateOnly day) => Math.Clamp(X(day), Left, Right);

    /// <summary>From the first day's left edge to the last day's right edge, clamped to the axis.</summary>
    public (double From, double To) Span(PartialDate date) =>
        (ClampedX(date.Start), Math.Clamp(X(date.End) + DayWidth, Left, Right));

    /// <summary>Where the marker stands: the middle of the visible span.</summary>
    public double Mark(PartialDate date)
    {
        var (from, to) = Span(date);
        return (from + to) / 2;
    }

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>January 1st of each year on the axis, thinned (every 2, 5, 10... years) so labels keep <paramref name="minSpacing"/> apart.</summary>
    public IReadOnlyList<(int Year, double X)> YearTicks(double minSpacing)
    {
        var yearWidth = DayWidth * 365.25;
        var step = new[] { 1, 2, 5, 10, 20, 50 }.FirstOrDefault(s => s * yearWidth >= minSpacing, 100);
        var first = Start.Month == 1 && Start.Day == 1 ? Start.Year : Start.Year + 1;
        return Enumerable.Range(first, Math.Max(0, End.Year - first + 1))
            .Where(y => y % step == 0 || step == 1)
            .Select(y => (y, X(new DateOnly(y, 1, 1))))
            .ToList();
    }
}
