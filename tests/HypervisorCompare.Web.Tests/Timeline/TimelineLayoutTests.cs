using static HypervisorCompare.Web.Tests.Timeline.TestEvents;

namespace HypervisorCompare.Web.Tests.Timeline;

public sealed class TimelineLayoutTests
{
    private static TimelineChartLayout Layout(IReadOnlyList<HypervisorCompare.Content.Model.TimelineEvent> events,
        IReadOnlyList<HypervisorCompare.Content.Model.Era>? eras = null, int from = 2000, int to = 2026) =>
        TimelineLayout.Compute(XenKvmShared, events, eras ?? [], new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), Today);

    [Theory]
    [InlineData(new[] { "xen" }, "xen")]
    [InlineData(new[] { "kvm" }, "kvm")]
    [InlineData(new string[0], TimelineLane.SharedId)]
    [InlineData(new[] { "xen", "kvm" }, TimelineLane.SharedId)]
    [InlineData(new[] { "xen", "hyper-v" }, "xen")]
    public void LaneOf_PutsAnEventInItsOnlySelectedHypervisorsLaneElseShared(string[] hypervisors, string expected)
    {
        Assert.Equal(expected, TimelineLayout.LaneOf(Event("e", "2005", "release", hypervisors), ["xen", "kvm"]));
    }

    [Fact]
    public void Compute_EventsOnTheSameDay_StackInSeparateRowsWithoutOverlapping()
    {
        var layout = Layout([Event("a", "2007-10-22", "acquisition", "xen"), Event("b", "2007-10-22", "governance", "xen")]);

        var (a, b) = (layout.Events.Single(e => e.Event.Id == "a"), layout.Events.Single(e => e.Event.Id == "b"));
        Assert.Equal(a.X, b.X);
        Assert.NotEqual(a.Row, b.Row);
        Assert.True(Math.Abs(a.Y - b.Y) >= 2 * TimelineLayout.MarkerRadius);
    }

    [Fact]
    public void Compute_EventsYearsApart_ShareTheFirstRow()
    {
        var layout = Layout([Event("a", "2003-10", "release", "xen"), Event("b", "2013-04-15", "governance", "xen")]);

        Assert.All(layout.Events, e => Assert.Equal(0, e.Row));
    }

    [Fact]
    public void Compute_ACrowdedLane_NoTwoMarkersOrLabelsInARowOverlap()
    {
        var events = Enumerable.Range(0, 120)
            .Select(i => Event($"e{i}", $"{2005 + i % 7}-{1 + i % 12:00}-{1 + i * 7 % 28:00}", "release", i % 3 == 0 ? Array.Empty<string>() : new[] { "xen" }))
            .ToList();

        var layout = Layout(events);

        Assert.Equal(120, layout.Events.Count);
        foreach (var row in layout.Events.GroupBy(e => (e.LaneId, e.Row)))
        {
            var items = row.OrderBy(e => e.Left).ToList();
            Assert.All(items.Zip(items.Skip(1)), p => Assert.True(p.First.Right + TimelineLayout.Gap <= p.Second.Left + 1e-9,
                $"{p.First.Event.Id} and {p.Second.Event.Id} overlap in lane '{row.Key.LaneId}' row {row.Key.Row}"));
            Assert.All(items, e => Assert.True(e.Left <= Math.Min(e.From, e.X - TimelineLayout.MarkerRadius) && e.Right >= Math.Max(e.To, e.X + TimelineLayout.MarkerRadius)));
        }
    }

    [Fact]
    public void Compute_LanesStackTopToBottomAndGrowWithTheirRows()
    {
        var crowded = Enumerable.Range(0, 6).Select(i => Event($"x{i}", "2007-10-22", "release", "xen")).ToList();

        var layout = Layout([.. crowded, Event("k", "2007-02-04", "release", "kvm")]);

        var (xen, kvm, shared) = (layout.Lanes[0], layout.Lanes[1], layout.Lanes[2]);
        Assert.Equal(TimelineLayout.AxisHeight, xen.Top);
        Assert.Equal(xen.Top + xen.Height, kvm.Top);
        Assert.Equal(kvm.Top + kvm.Height, shared.Top);
        Assert.True(xen.Height >= 6 * TimelineLayout.RowHeight);
        Assert.All(layout.Events.Where(e => e.LaneId == "xen"), e => Assert.InRange(e.Y, xen.Top, xen.Top + xen.Height));
    }

    [Fact]
    public void Compute_EraBand_SpansItsDatesInItsOwnLane()
    {
        var layout = Layout([], [Era("citrix", "2007-10-22", "2013-04-15", "xen")]);

        var era = Assert.Single(layout.Eras);
        Assert.Equal("xen", era.LaneId);
        Assert.Equal(layout.Scale.X(new DateOnly(2007, 10, 22)), era.From, 6);
        Assert.Equal(layout.Scale.X(new DateOnly(2013, 4, 16)), era.To, 6);
        Assert.Equal(layout.Lanes[0].Top, era.TintTop);
        Assert.Equal(layout.Lanes[0].Height, era.TintHeight);
        Assert.Equal("Era citrix", era.Label);
    }

    [Fact]
    public void Compute_OpenEndedEra_RunsToTodayAndSaysSo()
    {
        var era = Assert.Single(Layout([], [Era("lf", "2013-04-15", null, "xen")]).Eras);

        Assert.True(era.OpenEnded);
        Assert.Equal(Layout([]).Scale.X(Today), era.To, 6);
    }

    [Fact]
    public void Compute_OverlappingErasInALane_AreStackedInTwoBandRows()
    {
        var layout = Layout([Event("e", "2009", "release", "xen")],
            [Era("a", "2005", "2008", "xen"), Era("b", "2007", "2011", "xen"), Era("c", "2010", "2012", "xen")]);

        Assert.Equal([0, 1, 0], layout.Eras.OrderBy(e => e.Era.Id).Select(e => e.Row));
        var lowestBand = layout.Eras.Max(e => e.Y) + TimelineLayout.EraRowHeight;
        Assert.True(layout.Events.Single().Y - TimelineLayout.MarkerRadius >= lowestBand, "events sit below the era bands");
    }

    [Fact]
    public void Compute_EraWithoutHypervisor_TintsEveryLane()
    {
        var layout = Layout([], [Era("all", "2010", "2012")]);

        var era = Assert.Single(layout.Eras);
        Assert.Null(era.LaneId);
        Assert.True(era.Y + TimelineLayout.EraRowHeight <= layout.Lanes[0].Top, "the band stands above the lanes");
        Assert.True(era.TintTop <= layout.Lanes[0].Top);
        Assert.Equal(layout.Lanes[^1].Top + layout.Lanes[^1].Height, era.TintTop + era.TintHeight, 6);
    }

    [Fact]
    public void Compute_EraOutsideTheRange_IsLeftOut()
    {
        Assert.Empty(Layout([], [Era("old", "2001", "2003", "xen")], from: 2005, to: 2010).Eras);
    }

    [Fact]
    public void Compute_ShortEra_HasNoLabelRatherThanAnUnreadableOne()
    {
        var era = Assert.Single(Layout([], [Era("short", "2010-01-01", "2010-01-05", "xen")]).Eras);

        Assert.Equal("", era.Label);
    }

    [Theory]
    [InlineData(2026, true)]
    [InlineData(2020, false)]
    public void Compute_TodayLine_IsDrawnOnlyWhenTodayIsOnTheAxis(int lastYear, bool drawn)
    {
        var layout = Layout([], to: lastYear);

        Assert.Equal(drawn, layout.TodayX is not null);
        if (drawn) Assert.InRange(layout.TodayX!.Value, layout.Scale.X(Today), layout.Scale.X(Today.AddDays(1)));
    }

    [Fact]
    public void Compute_ALoneEvent_IsLabelledWithItsTitle()
    {
        var placed = Assert.Single(Layout([Event("lone", "2010-05-01", "release", "kvm")]).Events);

        Assert.Equal("Title of lone", placed.Label);
    }

    [Theory]
    [InlineData(500, "A short title")]
    [InlineData(2, "A title at the very left edge of the chart")]
    [InlineData(999, "A title at the very right edge of the chart")]
    public void Readout_ShowsTheWholeTitleInsideTheChart(double x, string text)
    {
        var (left, width, shown) = TimelineLayout.Readout(text, x);

        Assert.Equal(text, shown);
        Assert.InRange(left, 0, TimelineLayout.Width - width);
        Assert.True(width >= TimelineLayout.TextWidth(text));
    }

    [Fact]
    public void Readout_ShortensOnlyATitleWiderThanTheChart()
    {
        var (left, width, shown) = TimelineLayout.Readout(new string('x', 400), 500);

        Assert.EndsWith("…", shown);
        Assert.InRange(left, 0, TimelineLayout.Width - width);
    }

    [Fact]
    public void Pack_UsesAsFewRowsAsTheWidestOverlap()
    {
        // a overlaps b, b overlaps c, a and c do not: two rows suffice; d overlaps all three: a third is needed.
        (double Left, double Right, int Row)[] spans = [(0, 10, -1), (8, 20, -1), (15, 30, -1)];
        Assert.Equal([0, 1, 0], TimelineLayout.Pack(spans, s => (s.Left, s.Right), (s, row) => s with { Row = row }).Select(s => s.Row));

        Assert.Equal(3, TimelineLayout.Pack([.. spans, (9, 16, -1)], s => (s.Left, s.Right), (s, row) => s with { Row = row }).Max(s => s.Row) + 1);
    }

    [Theory]
    [InlineData("Shared and ecosystem", 16, new[] { "Shared and", "ecosystem" })]
    [InlineData("Xen", 16, new[] { "Xen" })]
    [InlineData("A very long hypervisor name indeed", 10, new[] { "A very", "long hype…" })]
    public void Wrap_BreaksLaneNamesAtWords(string name, int max, string[] expected)
    {
        Assert.Equal(expected, TimelineLayout.Wrap(name, max, 2));
    }
}
