using HypervisorCompare.Content.Model;
using static HypervisorCompare.Web.Tests.Timeline.TestEvents;

namespace HypervisorCompare.Web.Tests.Timeline;

public sealed class TimelineFilterTests
{
    private static readonly string[] Known = ["kvm", "xen"];

    private static TimelineFilter Parse(string[]? h = null, string[]? kind = null, string? from = null, string? to = null, string? q = null) =>
        TimelineFilter.Parse(new TimelineQuery(h, kind, from, to, q), Known);

    [Fact]
    public void Parse_ValidParameters_AreKeptWithoutNotices()
    {
        var filter = Parse(["xen"], ["acquisition", "fork"], "2005", "2011-07-21", "citrix");

        Assert.True(filter.IsValid);
        Assert.Equal(["xen"], filter.Hypervisors);
        Assert.Equal(["acquisition", "fork"], filter.Kinds);
        Assert.Equal(new PartialDate(2005, null, null), filter.From);
        Assert.Equal(new PartialDate(2011, 7, 21), filter.To);
        Assert.Equal("citrix", filter.Query);
    }

    [Fact]
    public void Parse_EmptyFieldsOfASubmittedForm_AreNotProblems()
    {
        var filter = Parse([""], [" "], "", " ", "");

        Assert.True(filter.IsValid);
        Assert.Equal(TimelineFilter.All.ToQueryString(), filter.ToQueryString());
    }

    [Fact]
    public void Parse_UnknownHypervisorAndKind_AreDroppedAndNamedInANotice()
    {
        var filter = Parse(["xen", "vmware"], ["merger"]);

        Assert.Equal(["xen"], filter.Hypervisors);
        Assert.Empty(filter.Kinds);
        Assert.Contains(filter.Notices, n => n.Contains("'vmware'") && n.Contains("kvm, xen"));
        Assert.Contains(filter.Notices, n => n.Contains("'merger'"));
    }

    [Theory]
    [InlineData("20x5")]
    [InlineData("2005-13")]
    [InlineData("2005-02-30")]
    [InlineData("~2005")]
    [InlineData("1066")]
    [InlineData("2005-1-1")]
    [InlineData("<script>")]
    public void Parse_MalformedDate_IsIgnoredWithANoticeThatSaysWhatIsExpected(string from)
    {
        var filter = Parse(from: from);

        Assert.Null(filter.From);
        var notice = Assert.Single(filter.Notices);
        Assert.Contains("'from' must be a year, a month or a day", notice);
    }

    [Fact]
    public void Parse_ManyLongUnknownValues_GiveOneShortNotice()
    {
        var filter = Parse(h: Enumerable.Range(0, 500).Select(i => new string('x', 100) + i).ToArray());

        var notice = Assert.Single(filter.Notices);
        Assert.True(notice.Length < 400, notice);
        Assert.Contains("and 495 more", notice);
    }

    [Fact]
    public void Parse_FromAfterTo_SwapsThemAndSaysSo()
    {
        var filter = Parse(from: "2012", to: "2005");

        Assert.Equal(2005, filter.From?.Year);
        Assert.Equal(2012, filter.To?.Year);
        Assert.Contains("swapped", Assert.Single(filter.Notices));
    }

    [Fact]
    public void Parse_OverlongSearchText_IsCutAndSaysSo()
    {
        var filter = Parse(q: new string('a', 5000));

        Assert.Equal(TimelineFilter.MaxQueryLength, filter.Query.Length);
        Assert.Single(filter.Notices);
    }

    [Fact]
    public void ToQueryString_ParsedBack_GivesTheSameFilter()
    {
        var filter = Parse(["kvm", "xen"], ["kernel-integration"], "2006-10", "2011", "linux & dom0");

        var again = TimelineFilter.Parse(TimelineQuery.FromRequest(new Microsoft.AspNetCore.Http.QueryCollection(
            Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString()))), Known);

        Assert.Equal(filter.ToQueryString(), again.ToQueryString());
        Assert.Equal("linux & dom0", again.Query);
    }

    [Theory]
    [InlineData("2009", "2009-06", null, true)]    // a year-precision event may have happened after June
    [InlineData("2009-05", "2009-06", null, false)]
    [InlineData("2009-06-30", null, "2009-06", true)]
    [InlineData("2009-07-01", null, "2009-06", false)]
    public void Matches_AnImpreciseDate_MatchesWhenAnyDayItCanMeanIsInTheRange(string date, string? from, string? to, bool expected)
    {
        var filter = Parse(from: from, to: to);

        Assert.Equal(expected, filter.Matches(Event("e", date, "release", "xen"), Known));
    }

    [Fact]
    public void Matches_EveryWordMustAppearInTitleDescriptionIdOrKind()
    {
        var e = Event("xen-citrix", "2007", "acquisition", "xen");

        Assert.True(Parse(q: "CITRIX acquisition").Matches(e, Known));
        Assert.False(Parse(q: "citrix kvm").Matches(e, Known));
    }

    [Fact]
    public void Matches_EcosystemEvents_ShowOnThePageButNotInAProfileExcerpt()
    {
        var ecosystem = Event("linux", "2007", "release");

        Assert.True(TimelineFilter.All.Matches(ecosystem, Known));
        Assert.False(TimelineFilter.ForHypervisor("xen").Matches(ecosystem, ["xen"]));
        Assert.True(TimelineFilter.ForHypervisor("xen").Matches(Event("both", "2008", "adoption", "kvm", "xen"), ["xen"]));
    }

    [Fact]
    public void AsOfAfter_IsTheDayAfterTheLastDayTheDateCanMean_NeverInTheFuture()
    {
        Assert.Equal(new DateOnly(2003, 11, 1), TimelineData.AsOfAfter(Event("a", "2003-10"), Today));
        Assert.Equal(new DateOnly(2010, 1, 1), TimelineData.AsOfAfter(Event("b", "~2009"), Today));
        Assert.Equal(new DateOnly(2007, 10, 23), TimelineData.AsOfAfter(Event("c", "2007-10-22"), Today));
        Assert.Equal(Today, TimelineData.AsOfAfter(Event("d", "2026"), Today));
    }
}
