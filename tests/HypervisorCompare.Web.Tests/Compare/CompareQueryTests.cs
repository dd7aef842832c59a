using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

public class CompareQueryTests
{
    [Fact]
    public void Parse_Nothing_ComparesTheContentsDefaultsAsOfToday()
    {
        var query = CompareQuery.Parse(null, null, null, null, null, null).Resolve(["xen", "kvm"]);

        Assert.Equal(["xen", "kvm"], query.Hypervisors);
        Assert.Equal(new DateOnly(2026, 1, 2), query.Day(new DateOnly(2026, 1, 2)));
        Assert.Empty(query.Problems);
    }

    [Fact]
    public void Parse_KeepsHypervisorOrderAndAddsThoseNamedBySupportFilters()
    {
        var query = CompareQuery.Parse(["kvm", "xen", "kvm"], ["bhyve:partial"], null, null, null, null).Resolve(["esxi"]);

        Assert.Equal(["kvm", "xen", "bhyve"], query.Hypervisors);
        Assert.Equal([new SupportFilter("bhyve", SupportLevel.Partial)], query.Support);
    }

    [Theory]
    [InlineData("2011", 2011, 12, 31)]
    [InlineData("2011-06", 2011, 6, 30)]
    [InlineData("2011-06-15", 2011, 6, 15)]
    public void Parse_AsOf_MeansTheEndOfThePeriod(string asof, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), CompareQuery.Parse(null, null, null, null, null, asof).Day(DateOnly.MaxValue));

    [Fact]
    public void Parse_Vs_IsKeptInTheUrlAndItsDayIsTheEndOfItsPeriodButNeverAfterToday()
    {
        var query = CompareQuery.Parse(["xen"], null, null, null, null, "2011", "2026-12");

        Assert.Empty(query.Problems);
        Assert.Equal("h=xen&asof=2011&vs=2026-12", query.ToQueryString());
        Assert.Equal(new DateOnly(2026, 12, 2), query.VsDay(new DateOnly(2026, 12, 2)));
        Assert.Equal(new DateOnly(2026, 12, 31), query.VsDay(DateOnly.MaxValue));
    }

    [Theory]
    [InlineData(null, "2026", "give asof too")]
    [InlineData("2011", "2010", "must be later than asof=2011")]
    [InlineData("2011", "2011", "must be later than asof=2011")]
    [InlineData("2011", "~2020", "approximate")]
    [InlineData("2011", "soon", "is not a date")]
    public void Parse_VsThatCannotMarkChanges_IsIgnoredWithTheReason(string? asof, string vs, string reason)
    {
        var query = CompareQuery.Parse(null, null, null, null, null, asof, vs);

        Assert.Null(query.Vs);
        Assert.Contains(reason, Assert.Single(query.Problems));
    }

    [Theory]
    [InlineData("1", true, 0)]
    [InlineData(null, false, 0)]
    [InlineData("yes please", false, 1)]
    public void Parse_First_AddsTheColumnOrSaysHowToAskForIt(string? first, bool expected, int problems)
    {
        var query = CompareQuery.Parse(["xen"], null, null, null, null, null, null, first);

        Assert.Equal(expected, query.First);
        Assert.Equal(problems, query.Problems.Count);
        Assert.Equal(expected ? "h=xen&first=1" : "h=xen", query.ToQueryString());
    }

    [Fact]
    public void Day_AsOfInTheFuture_IsToday() =>
        Assert.Equal(new DateOnly(2026, 12, 2), CompareQuery.Parse(null, null, null, null, null, "2099").Day(new DateOnly(2026, 12, 2)));

    [Fact]
    public void Resolve_NoHypervisorsNamed_TakesTheDefaultsThenThoseNamedBySupportFilters()
    {
        var query = CompareQuery.Parse(null, ["esxi:yes"], null, null, null, null).Resolve(["xen", "kvm"]);

        Assert.Equal(["xen", "kvm", "esxi"], query.Hypervisors);
    }

    [Theory]
    [InlineData("1800-01-01", "year 1800 is out of range")]
    [InlineData("2011-13", "month 13 is out of range")]
    [InlineData("~2011", "an approximate date cannot pick the cells in force")]
    [InlineData("soon", "write YYYY, YYYY-MM or YYYY-MM-DD")]
    public void Parse_BadAsOf_SaysTheRealReason(string asof, string reason) =>
        Assert.Contains(reason, Assert.Single(CompareQuery.Parse(null, null, null, null, null, asof).Problems));

    [Theory]
    [InlineData(null, new[] { "kvm:maybe" }, null, null, "Ignored support filter")]
    [InlineData(null, new[] { "kvm" }, null, null, "Ignored support filter")]
    [InlineData(null, null, "yes please", null, "Ignored diff")]
    [InlineData(null, null, null, "2011-13", "Ignored asof")]
    [InlineData(null, null, null, "~2011", "Ignored asof")]
    [InlineData(null, null, null, "<script>", "Ignored asof")]
    public void Parse_MalformedValue_IsDroppedWithAMessage(string[]? h, string[]? support, string? diff, string? asof, string expected)
    {
        var query = CompareQuery.Parse(h, support, null, diff, null, asof);

        Assert.StartsWith(expected, Assert.Single(query.Problems));
    }

    [Fact]
    public void Parse_TooManyHypervisorsOrTooLongText_IsCappedWithAMessage()
    {
        var query = CompareQuery.Parse(Enumerable.Range(0, 50).Select(i => $"h{i}").ToArray(), null, null, null, new string('x', 10_000), null).Resolve([]);

        Assert.Equal(CompareQuery.MaxHypervisors, query.Hypervisors.Count);
        Assert.Equal(CompareQuery.MaxTextLength, query.Text.Length);
        Assert.Equal(2, query.Problems.Count);
    }

    [Fact]
    public void ToQueryString_IsCanonicalAndEscaped()
    {
        var query = CompareQuery.Parse(["kvm", "xen"], ["kvm:not-applicable"], ["memory"], "1", "a&b", "2011-06");

        Assert.Equal("h=kvm&h=xen&support=kvm%3Anot-applicable&category=memory&diff=1&q=a%26b&asof=2011-06", query.ToQueryString());
    }
}
