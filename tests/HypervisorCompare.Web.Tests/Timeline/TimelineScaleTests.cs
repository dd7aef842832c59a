using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Timeline;

public sealed class TimelineScaleTests
{
    // 2001 to 2004: 1461 days over 1461 units, so one day is one unit and x is the day's index.
    private readonly TimelineScale _scale = new(new DateOnly(2001, 1, 1), new DateOnly(2004, 12, 31), 0, 1461);

    [Fact]
    public void Span_DayPrecision_IsThatOneDay()
    {
        var (from, to) = _scale.Span(PartialDate.Parse("2002-01-01"));

        Assert.Equal(365, from, 6);
        Assert.Equal(366, to, 6);
    }

    [Fact]
    public void Span_MonthPrecision_CoversEveryDayOfTheMonth()
    {
        var (from, to) = _scale.Span(PartialDate.Parse("2002-02"));

        Assert.Equal(365 + 31, from, 6);
        Assert.Equal(365 + 31 + 28, to, 6);
    }

    [Fact]
    public void Span_YearPrecision_CoversTheWholeYear()
    {
        var (from, to) = _scale.Span(PartialDate.Parse("2004"));

        Assert.Equal(1095, from, 6);
        Assert.Equal(1461, to, 6);
    }

    [Fact]
    public void Span_Approximate_IsDrawnOverTheSameDaysAsTheExactDate()
    {
        Assert.Equal(_scale.Span(PartialDate.Parse("2003-06")), _scale.Span(PartialDate.Parse("~2003-06")));
    }

    [Theory]
    [InlineData("2002-01-01", 365.5)]
    [InlineData("2002", 365 + 365 / 2.0)]
    public void Mark_StandsInTheMiddleOfTheSpan(string date, double expected)
    {
        Assert.Equal(expected, _scale.Mark(PartialDate.Parse(date)), 6);
    }

    [Fact]
    public void Span_YearStartingBeforeTheAxis_IsClampedToTheEdge()
    {
        var scale = _scale with { Start = new DateOnly(2002, 7, 1) };

        var (from, to) = scale.Span(PartialDate.Parse("2002"));

        Assert.Equal(0, from, 6);
        Assert.True(to > 0);
    }

    [Fact]
    public void YearTicks_ShortRange_MarkEveryJanuaryFirst()
    {
        Assert.Equal([(2001, 0.0), (2002, 365.0), (2003, 730.0), (2004, 1095.0)], _scale.YearTicks(minSpacing: 40));
    }

    [Fact]
    public void YearTicks_LongRange_AreThinnedSoLabelsKeepTheirSpacing()
    {
        var scale = new TimelineScale(new DateOnly(1900, 1, 1), new DateOnly(2026, 12, 31), 0, 800);

        var ticks = scale.YearTicks(minSpacing: 40);

        Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.True(pair.Second.X - pair.First.X >= 40));
        Assert.Contains(ticks, t => t.Year == 2000);
    }
}
