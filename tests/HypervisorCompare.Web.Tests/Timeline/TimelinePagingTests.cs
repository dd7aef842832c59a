
namespace HypervisorCompare.Web.Tests.Timeline;

public sealed class TimelinePagingTests
{
    private static int[] Years(params (int Year, int Count)[] groups) => groups.SelectMany(g => Enumerable.Repeat(g.Year, g.Count)).ToArray();

    private static string[] Describe(IReadOnlyList<TimelinePageSpan> pages) =>
        pages.Select(p => $"{p.Number}:{p.Label}:{p.Skip}+{p.Count}").ToArray();

    [Fact]
    public void Split_WholeYears_ArePackedUpToThePageSize()
    {
        var pages = TimelinePaging.Split(Years((2000, 2), (2001, 2), (2002, 2)), size: 4);

        Assert.Equal(["1:2000–2001:0+4", "2:2002:4+2"], Describe(pages));
    }

    [Fact]
    public void Split_AYearThatWouldOverflowThePage_StartsTheNextPage()
    {
        var pages = TimelinePaging.Split(Years((2000, 3), (2001, 2), (2002, 1)), size: 4);

        Assert.Equal(["1:2000:0+3", "2:2001–2002:3+3"], Describe(pages));
    }

    [Fact]
    public void Split_AYearOfExactlyAPage_IsOnePageAndAYearOfOneMoreIsTwo()
    {
        Assert.Equal(["1:2000:0+4", "2:2001:4+1"], Describe(TimelinePaging.Split(Years((2000, 4), (2001, 1)), size: 4)));
        Assert.Equal(["1:2000 (1 of 2):0+4", "2:2000 (2 of 2):4+1"], Describe(TimelinePaging.Split(Years((2000, 5)), size: 4)));
    }

    [Fact]
    public void Split_AYearLargerThanAPage_IsCappedIntoPagesOfItsOwn()
    {
        var pages = TimelinePaging.Split(Years((1999, 1), (2000, 5), (2001, 1)), size: 2);

        Assert.Equal(["1:1999:0+1", "2:2000 (1 of 3):1+2", "3:2000 (2 of 3):3+2", "4:2000 (3 of 3):5+1", "5:2001:6+1"], Describe(pages));
    }

    [Fact]
    public void Split_ManyUnevenYears_PutsEveryEventOnExactlyOnePageOfAtMostThePageSize()
    {
        var years = Enumerable.Range(0, 60).SelectMany(i => Enumerable.Repeat(1990 + i, i * 37 % 23 + (i == 30 ? 40 : 0))).ToArray();

        var pages = TimelinePaging.Split(years, size: 25);

        Assert.All(pages, p => Assert.InRange(p.Count, 1, 25));
        Assert.Equal(Enumerable.Range(0, years.Length), pages.SelectMany(p => Enumerable.Range(p.Skip, p.Count)));
        Assert.All(pages, p => Assert.All(years.Skip(p.Skip).Take(p.Count), y => Assert.InRange(y, p.FirstYear, p.LastYear)));
        // Whole years: no year but a split one is on two pages.
        Assert.All(pages.Zip(pages.Skip(1)), pair => Assert.True(pair.First.LastYear < pair.Second.FirstYear || pair.First.Parts > 1));
        Assert.Equal(Enumerable.Range(1, pages.Count), pages.Select(p => p.Number));
    }

    [Fact]
    public void Split_NoEvents_IsOneEmptyPage()
    {
        var page = Assert.Single(TimelinePaging.Split([]));

        Assert.Equal(0, page.Count);
    }
}
