using Bunit;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

public sealed class ParityTableTests : BunitContext
{
    [Fact]
    public void ParityTable_NamesTheFirstAndLinksEachDateToTheRowThatStatesIt()
    {
        Hypervisor[] both = [new() { Id = "xen", Name = "Xen" }, new() { Id = "kvm", Name = "KVM" }];
        var parity = FeatureParity.Compute("ksm", both,
            [Facts.Support(1, "ksm", "xen", SupportLevel.No), Facts.Support(2, "ksm", "kvm", SupportLevel.Yes, since: "2009-12-03")], new DateOnly(2026, 11, 26));

        var table = Render<ParityTable>(p => p.Add(c => c.Parity, parity).Add(c => c.Today, new DateOnly(2026, 11, 26)));

        Assert.Equal("KVM had it first (3 Dec 2009).", table.Find("p.summary").TextContent);
        var kvm = table.Find("tr.standing-first");
        Assert.Equal("/articles/kvm#support-ksm-kvm", kvm.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("(Linux 2009-12-03)", kvm.TextContent);
        Assert.Equal("not yet, 17 years behind", table.Find("tr.standing-notyet td:last-child").TextContent);
        var chart = table.Find("svg.parity-chart");
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Xen not yet, 17 years behind; KVM yes 3 Dec 2009", chart.GetAttribute("aria-label"));
        Assert.Single(chart.QuerySelectorAll("circle.yes"));
        Assert.Equal(["Xen", "KVM"], chart.QuerySelectorAll("text.name").Select(t => t.TextContent));
    }
}
