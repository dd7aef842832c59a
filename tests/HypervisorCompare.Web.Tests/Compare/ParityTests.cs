using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

public sealed class ParityTests
{
    private static readonly Hypervisor[] Four =
        [new() { Id = "xen", Name = "Xen" }, new() { Id = "kvm", Name = "KVM" }, new() { Id = "esxi", Name = "ESXi" }, new() { Id = "hv", Name = "Hyper-V" }];

    private static FeatureParity Of(params FeatureSupport[] rows) => FeatureParity.Compute("f", Four, rows, new DateOnly(2026, 11, 26));

    private static ParityRow Row(FeatureParity parity, string id) => parity.Rows.Single(r => r.Hypervisor.Id == id);

    [Theory]
    [InlineData("2004-11", "2007-02", "2 years 3 months later", 27)]
    [InlineData("2004-11-15", "2004-12-01", "1 month later", 1)]
    [InlineData("2003", "2007-02", "4 years later", 48)]
    [InlineData("2004-11", "2004-11-30", "the same month", 0)]
    [InlineData("~2004", "2006-05", "about 2 years later", 24)]
    public void Lag_IsNeverMorePreciseThanBothDates(string first, string later, string expected, int months)
    {
        Assert.Equal(expected, FeatureParity.Lag(PartialDate.Parse(first), PartialDate.Parse(later)));
        Assert.Equal(months, FeatureParity.Months(PartialDate.Parse(first), PartialDate.Parse(later)));
    }

    [Fact]
    public void Compute_TheEarliestDatedYesIsFirstAndTheOthersLagBehindIt()
    {
        var parity = Of(Facts.Support(1, "f", "xen", SupportLevel.Yes, since: "2004-11"), Facts.Support(2, "f", "kvm", SupportLevel.Partial, since: "2005-06", until: "2007-02"),
            Facts.Support(3, "f", "kvm", SupportLevel.Yes, since: "2007-02"), Facts.Support(4, "f", "esxi", SupportLevel.No), Facts.Support(5, "f", "hv", SupportLevel.Unknown));

        Assert.Equal(["xen"], parity.First.Select(r => r.Hypervisor.Id));
        var kvm = Row(parity, "kvm");
        Assert.Equal((ParityStanding.Later, "2 years 3 months later", 27), (kvm.Standing, kvm.Lag, kvm.LagMonths));
        Assert.Equal(PartialDate.Parse("2005-06"), kvm.Partial);
        Assert.Equal(2, kvm.PartialRow!.Key);
        Assert.Equal(3, kvm.YesRow!.Key);
        Assert.Equal((ParityStanding.NotYet, "not yet, 22 years behind"), (Row(parity, "esxi").Standing, Row(parity, "esxi").Lag));
        Assert.Equal(ParityStanding.Unknown, Row(parity, "hv").Standing);
    }

    [Fact]
    public void Compute_DatesThatCannotBeToldApart_ShareTheLead()
    {
        var parity = Of(Facts.Support(1, "f", "xen", SupportLevel.Yes, since: "2007"), Facts.Support(2, "f", "kvm", SupportLevel.Yes, since: "2007-02-04"));

        Assert.Equal(["xen", "kvm"], parity.First.Select(r => r.Hypervisor.Id));
    }

    [Fact]
    public void Compute_SaysWhatIsNotKnownInsteadOfGuessing()
    {
        var parity = Of(Facts.Support(1, "f", "xen", SupportLevel.Yes), Facts.Support(2, "f", "kvm", SupportLevel.NotApplicable));

        Assert.Empty(parity.First);
        Assert.Equal(ParityStanding.YesUndated, Row(parity, "xen").Standing);
        Assert.Equal(ParityStanding.NotApplicable, Row(parity, "kvm").Standing);
        Assert.Equal((ParityStanding.NotResearched, "not researched yet"), (Row(parity, "esxi").Standing, Row(parity, "esxi").Lag));
    }

    [Fact]
    public void Compute_ApproximateFirstDate_MakesTheDistanceBehindApproximateToo()
    {
        var parity = Of(Facts.Support(1, "f", "xen", SupportLevel.Yes, since: "~2010"), Facts.Support(2, "f", "kvm", SupportLevel.No));

        Assert.Equal("not yet, about 16 years behind", Row(parity, "kvm").Lag);
    }
}

public sealed class ParityLeadTests
{
    [Fact]
    public void Of_CountsWhereAHypervisorLedAndWhereItFollowedWithTheMedianLag()
    {
        Hypervisor[] both = [new() { Id = "xen", Name = "Xen" }, new() { Id = "kvm", Name = "KVM" }];
        Feature[] features = [new() { Id = "a", Name = "A" }, new() { Id = "b", Name = "B" }, new() { Id = "c", Name = "C" }, new() { Id = "d", Name = "D" }];
        FeatureSupport[] rows =
        [
            Facts.Support(1, "a", "xen", SupportLevel.Yes, since: "2005-01"), Facts.Support(2, "a", "kvm", SupportLevel.Yes, since: "2008-01"),
            Facts.Support(3, "b", "xen", SupportLevel.Yes, since: "2006-01"), Facts.Support(4, "b", "kvm", SupportLevel.No),
            Facts.Support(5, "c", "xen", SupportLevel.Yes, since: "2010-01"), Facts.Support(6, "c", "kvm", SupportLevel.Yes, since: "2009-01"),
            Facts.Support(7, "d", "xen", SupportLevel.Yes, since: "2010-01"),
        ];

        var xen = ParityLead.Of("xen", features, both, rows, new DateOnly(2026, 11, 26));
        var kvm = ParityLead.Of("kvm", features, both, rows, new DateOnly(2026, 11, 26));

        Assert.Equal(["a", "b"], xen.Led.Select(f => f.Id));
        Assert.Equal(["c"], xen.Followed.Select(f => f.Feature.Id));
        Assert.Equal(12, xen.MedianMonths);
        Assert.Equal(["c"], kvm.Led.Select(f => f.Id));
        Assert.Equal(36, kvm.MedianMonths);
    }
}
