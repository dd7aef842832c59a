using System.Globalization;
using Bunit;
using HypervisorCompare.Content.Model;
using static HypervisorCompare.Web.Tests.Timeline.TestEvents;

namespace HypervisorCompare.Web.Tests.Timeline;

public sealed class TimelineComponentTests : BunitContext
{
    private IRenderedComponent<TimelineEventItem> Item(TimelineEvent e) =>
        Render<TimelineEventItem>(p => p.Add(c => c.Event, e).Add(c => c.Hypervisors, [Xen, Kvm]).Add(c => c.Today, Today));

    private IRenderedComponent<TimelineChart> Chart(IReadOnlyList<TimelineEvent> events, IReadOnlyList<Era>? eras = null, string? skipTo = null) =>
        Render<TimelineChart>(p => p.Add(c => c.EventUrl, id => "/timeline?kind=release#" + id).Add(c => c.EraUrl, id => "/eras#era-" + id)
            .Add(c => c.SkipTo, skipTo).Add(c => c.Layout, TimelineLayout.Compute(XenKvmShared, events, eras ?? [],
            new DateOnly(2000, 1, 1), new DateOnly(2026, 12, 31), Today)));

    [Theory]
    [InlineData("2003-10-02", "2 Oct 2003")]
    [InlineData("2003-10", "Oct 2003")]
    [InlineData("2003", "2003")]
    [InlineData("~2009", "c. 2009")]
    public void EventItem_WritesTheDateOnlyAsPreciselyAsItIsKnown(string date, string expected)
    {
        var time = Item(Event("e", date, "release", "xen")).Find("time");

        Assert.Equal(expected, time.TextContent);
        Assert.Equal(date.TrimStart('~'), time.GetAttribute("datetime"));
    }

    [Fact]
    public void EventItem_IsItsOwnAnchorAndLinksToTheSentenceTheSourcesAndTheComparisonJustAfter()
    {
        var item = Item(Event("xen-1-0", "2003-10", "release", "xen"));

        Assert.Equal("xen-1-0", item.Find("li").Id);
        Assert.Equal("/timeline/events/xen-1-0", item.Find("a:contains('Permalink')").GetAttribute("href"));
        Assert.Equal("/articles/history#event-xen-1-0", item.Find("a:contains('In the article')").GetAttribute("href"));
        Assert.Equal("https://example.org/xen-1-0", item.Find(".sources a").GetAttribute("href"));
        Assert.Equal("/compare?asof=2003-11-01", item.Find("a[href^='/compare']").GetAttribute("href"));
    }

    [Fact]
    public void EventItem_OfARelease_SaysWhichSupportCellsItStartedOrEndedEachLinkedToItsFeature()
    {
        var pvh = new Feature { Id = "pvh", Name = "PVH guests" };
        var started = new FeatureSupport { FeatureId = "pvh", HypervisorId = "xen", Level = SupportLevel.Yes };
        var ended = new FeatureSupport { FeatureId = "tmem", HypervisorId = "xen", Level = SupportLevel.Partial };
        var before = new FeatureSupport { FeatureId = "pvh", HypervisorId = "xen", Level = SupportLevel.No };
        var item = Render<TimelineEventItem>(p => p.Add(c => c.Event, Event("xen-4-10", "2017-12-13", "release", "xen")).Add(c => c.Hypervisors, [Xen, Kvm])
            .Add(c => c.Today, Today).Add(c => c.Changed, [new ChangedCell(pvh, started, true), new ChangedCell(pvh, before, false), new ChangedCell(new Feature { Id = "tmem", Name = "tmem" }, ended, false)]));

        var changed = item.Find("p.changed");
        Assert.Equal("With this release: PVH guests, Xen: yes (was no); tmem, Xen: no longer partial", System.Text.RegularExpressions.Regex.Replace(changed.TextContent, @"\s+", " ").Trim());
        Assert.Equal(["/features/pvh#h-xen", "/features/tmem#h-xen"], changed.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(Item(Event("e", "2010", "release", "xen")).FindAll("p.changed"));
    }

    [Fact]
    public void EventItem_NamesItsHypervisorsOrSaysEcosystem()
    {
        Assert.Equal("Xen, KVM", Item(Event("a", "2008", "adoption", "xen", "kvm")).Find(".who").TextContent);
        Assert.Equal("Ecosystem", Item(Event("b", "2008", "adoption")).Find(".who").TextContent);
    }

    [Fact]
    public void EventItem_UntrustedTextIsEncodedNotRendered()
    {
        var e = Event("x", "2010");
        e.Title = "<img src=x onerror=alert(1)>";

        var item = Item(e);

        Assert.Empty(item.FindAll("img"));
        Assert.Contains("&lt;img", item.Markup);
    }

    [Fact]
    public void Chart_YearPrecisionEvent_IsABracketAcrossTheWholeYear()
    {
        var chart = Chart([Event("y", "2009", "licence", "xen")]);

        var scale = new TimelineScale(new DateOnly(2000, 1, 1), new DateOnly(2026, 12, 31), TimelineLayout.Gutter, TimelineLayout.Width - TimelineLayout.RightPad);
        var bracket = chart.Find("a.precision-year path.bracket").GetAttribute("d")!;
        Assert.StartsWith("M" + EventKinds.N(scale.X(new DateOnly(2009, 1, 1))) + ",", bracket);
        Assert.Contains("H" + EventKinds.N(scale.X(new DateOnly(2010, 1, 1))) + "v", bracket);
    }

    [Fact]
    public void Chart_DayPrecisionEvent_IsAPointWithoutABracket()
    {
        var chart = Chart([Event("d", "2011-07-21", "kernel-integration", "xen")]);

        Assert.Empty(chart.FindAll("path.bracket"));
        Assert.Single(chart.FindAll("path.marker.kind-kernel-integration"));
    }

    [Fact]
    public void Chart_ApproximateEvent_HasADashedHalo()
    {
        Assert.Single(Chart([Event("c", "~2005-01", "founding", "xen")]).FindAll("a.approximate circle.halo"));
    }

    [Fact]
    public void Chart_EveryMarkerIsAFocusableLinkNamedByItsFullTitleWithAReadoutOfIt()
    {
        var e = Event("a", "2005-03-04", "release", "xen");
        e.Title = "A title far too long to fit beside its marker in any row of the chart, however sparse the year";
        var chart = Chart([e, Event("b", "2006", "release", "kvm")]);

        Assert.Null(chart.Find("svg").GetAttribute("aria-hidden"));
        Assert.Equal("timeline-chart-caption", chart.Find("svg").GetAttribute("aria-labelledby"));
        Assert.All(chart.FindAll("svg a"), a => Assert.False(a.HasAttribute("tabindex")));
        Assert.Equal(["/timeline?kind=release#a", "/timeline?kind=release#b"], chart.FindAll("svg a.event").Select(a => a.GetAttribute("href")));
        var first = chart.Find("svg a.event");
        Assert.Equal("4 Mar 2005 · Release: " + e.Title, first.QuerySelector("title")!.TextContent);
        Assert.Equal(first.QuerySelector("title")!.TextContent, first.QuerySelector(".readout text")!.TextContent);
        Assert.EndsWith("…", first.QuerySelector(".label")!.TextContent);
        Assert.Contains("Chart of 2 events from 2000 to 2026", chart.Find("figcaption").TextContent);
    }

    [Fact]
    public void Chart_ShortEraBand_IsUnlabelledButALinkToTheEraWithItsFullTitle()
    {
        var chart = Chart([Event("a", "2005", "release", "xen")], [Era("short", "2008-01-01", "2008-06-30", "xen")]);

        var era = chart.Find("svg a.era");
        Assert.Equal("/eras#era-short", era.GetAttribute("href"));
        Assert.DoesNotContain(era.Children, c => c.LocalName == "g" && !c.ClassList.Contains("readout"));
        Assert.Equal("Era short: 1 Jan 2008 to 30 Jun 2008", era.QuerySelector(".readout text")!.TextContent);
    }

    [Fact]
    public void Chart_SkipLink_IsThereOnlyWhenThereAreMarkersToSkip()
    {
        Assert.Equal("/list", Chart([Event("a", "2005", "release", "xen")], skipTo: "/list").Find(".skip-link").GetAttribute("href"));
        Assert.Empty(Chart([], skipTo: "/list").FindAll(".skip-link"));
    }

    [Fact]
    public void Chart_DrawsLanesYearTicksTodayAndLabelledEraBands()
    {
        var chart = Chart([], [Era("citrix", "2007-10-22", "2013-04-15", "xen")]);

        Assert.Equal(3, chart.FindAll("g.lane").Count);
        Assert.Contains(chart.FindAll("g.tick text"), t => t.TextContent == "2010");
        Assert.Equal("today", chart.Find("g.today text").TextContent);
        Assert.Equal("Era citrix", chart.Find("a.era > g > text").TextContent);
        Assert.Contains("22 Oct 2007 to 15 Apr 2013", chart.Find("a.era title").TextContent);
    }

    [Fact]
    public void FilterForm_ReflectsTheFilterAndSubmitsWithGet()
    {
        var filter = TimelineFilter.All with { Hypervisors = ["kvm"], Kinds = ["acquisition"], From = PartialDate.Parse("2005") };
        var form = Render<TimelineFilterForm>(p => p.Add(c => c.Data, TimelineOf([], filter: filter) with { Hypervisors = [Kvm] }));

        Assert.Equal("get", form.Find("form").GetAttribute("method"));
        Assert.True(form.Find("input[name=h][value=kvm]").HasAttribute("checked"));
        Assert.False(form.Find("input[name=h][value=xen]").HasAttribute("checked"));
        Assert.True(form.Find("input[name=kind][value=acquisition]").HasAttribute("checked"));
        Assert.Equal("2005", form.Find("input[name=from]").GetAttribute("value"));
    }

    [Fact]
    public void ZoomLinks_KeepTheOtherFiltersAndMarkTheCurrentDecade()
    {
        var filter = TimelineFilter.All with { Kinds = ["fork"], From = PartialDate.Parse("2010"), To = PartialDate.Parse("2019") };
        var zoom = Render<TimelineZoomLinks>(p => p.Add(c => c.Data, TimelineOf([], [Era("lf", "2013-04-15", null, "xen")], filter, fromYear: 1999)));

        var current = zoom.Find("a[aria-current]");
        Assert.Equal("2010s", current.TextContent);
        Assert.Equal("/timeline?kind=fork&from=2010&to=2019", current.GetAttribute("href"));
        Assert.Equal(["All years", "1990s", "2000s", "2010s", "2020s", "Era lf"], zoom.FindAll("a").Select(a => a.TextContent));
        Assert.Equal("/timeline?kind=fork&from=2013-04-15", zoom.Find("a:contains('Era lf')").GetAttribute("href"));
    }

    [Fact]
    public void Legend_ShowsAMarkerAndANameForEachKind()
    {
        var legend = Render<TimelineLegend>(p => p.Add(c => c.Kinds, ["acquisition", "kernel-integration"]));

        Assert.Equal(["Acquisition", "Kernel integration"], legend.FindAll(".kinds li").Select(li => li.TextContent.Trim()));
        Assert.Equal(2, legend.FindAll(".kinds svg[aria-hidden=true] path").Count);
    }

    [Fact]
    public void EventList_GroupsByYearAndSaysWhenNothingMatches()
    {
        var list = Render<TimelineEventList>(p => p.Add(c => c.Data, TimelineOf([Event("a", "2005"), Event("b", "2005-03"), Event("c", "2007")])));
        Assert.Equal(["2005", "2007"], list.FindAll("h3").Select(h => h.TextContent));
        Assert.Equal(["a", "b", "c"], list.FindAll("li.event").Select(li => li.Id));

        var empty = Render<TimelineEventList>(p => p.Add(c => c.Data, TimelineOf([])));
        Assert.Contains("No event matches these filters", empty.Markup);
    }

    [Fact]
    public void Excerpt_DrawsOneLaneListsTheNewestEventsAndLinksToTheFullTimeline()
    {
        var events = Enumerable.Range(0, 8).Select(i => Event($"x{i}", (2005 + i).ToString(CultureInfo.InvariantCulture), "release", "xen")).ToList();
        var data = TimelineOf(events, filter: TimelineFilter.ForHypervisor("xen")) with { Hypervisors = [Xen] };

        var excerpt = Render<TimelineExcerpt>(p => p.Add(c => c.Timeline, data).Add(c => c.Latest, 3));

        Assert.Single(excerpt.FindAll("g.lane"));
        Assert.Equal(["/timeline/events/x7", "/timeline/events/x6", "/timeline/events/x5"], excerpt.FindAll(".latest a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/timeline/events/x0", excerpt.Find("svg a").GetAttribute("href"));
        Assert.Equal("/timeline?h=xen", excerpt.Find(".more a").GetAttribute("href"));
    }
}
