using Bunit;
using static HypervisorCompare.Web.Tests.Timeline.TestEvents;

namespace HypervisorCompare.Web.Tests.Timeline;

public sealed class TimelinePagerTests : BunitContext
{
    // 1,000 events: 1999-2004, 2005 (too many for one page, so two), 2006-2026.
    private static readonly IReadOnlyList<TimelinePageSpan> Pages =
    [
        new(1, 1999, 2004, 0, 280), new(2, 2005, 2005, 280, 300, 1, 2), new(3, 2005, 2005, 580, 120, 2, 2), new(4, 2006, 2026, 700, 300),
    ];

    private IRenderedComponent<TimelinePager> Pager(int page, IReadOnlyList<TimelinePageSpan>? pages = null) =>
        Render<TimelinePager>(p => p.Add(c => c.Label, "Timeline pages").Add(c => c.Data,
            TimelineOf([Event("a", "2005")], filter: TimelineFilter.All with { Kinds = ["release"] }) with { Pages = pages ?? Pages, PageNumber = page }));

    [Fact]
    public void Pager_MiddlePage_SaysWhichEventsOfHowManyAndLinksBothWaysKeepingTheFilter()
    {
        var pager = Pager(2);

        Assert.Equal("Events 281–580 of 1,000 · 2005 (1 of 2)", pager.Find(".where").TextContent);
        Assert.Equal("/timeline?kind=release", pager.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("Previous: 1999–2004", pager.Find("a[rel=prev]").TextContent);
        Assert.Equal("/timeline?kind=release&page=3", pager.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal("Next: 2005 (2 of 2)", pager.Find("a[rel=next]").TextContent);
    }

    [Fact]
    public void Pager_ListsEveryPageByItsYearsAndMarksTheCurrentOne()
    {
        var links = Pager(4).FindAll("ul a");

        Assert.Equal(["1999–2004", "2005 (1 of 2)", "2005 (2 of 2)", "2006–2026"], links.Select(a => a.TextContent));
        Assert.Equal(["/timeline?kind=release", "/timeline?kind=release&page=2", "/timeline?kind=release&page=3", "/timeline?kind=release&page=4"],
            links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["2006–2026"], links.Where(a => a.GetAttribute("aria-current") == "page").Select(a => a.TextContent));
    }

    [Fact]
    public void Pager_FirstAndLastPage_HaveNoLinkPastTheEnd()
    {
        Assert.Empty(Pager(1).FindAll("a[rel=prev]"));
        Assert.Single(Pager(1).FindAll("a[rel=next]"));
        Assert.Empty(Pager(4).FindAll("a[rel=next]"));
    }

    [Fact]
    public void Pager_OnePage_IsNotShown()
    {
        var pager = Pager(1, [new(1, 2003, 2026, 0, 79)]);

        Assert.Empty(pager.Markup.Trim());
    }
}
