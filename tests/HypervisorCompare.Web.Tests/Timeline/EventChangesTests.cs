using Bunit;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Web.Tests.Compare;

namespace HypervisorCompare.Web.Tests.Timeline;

public class EventChangesTests : BunitContext
{
    private static readonly Feature Ksm = new() { Id = "ksm", Name = "Same-page merging", CategoryId = "memory" };

    [Fact]
    public void Matrix_ShowsEachChangedCellBeforeAndAfter_LinkedToTheFeatureAndTheRows()
    {
        var rows = new[] { Facts.Support(2, "ksm", "kvm", SupportLevel.No, until: "2009-12-03"), Facts.Support(3, "ksm", "kvm", SupportLevel.Yes, since: "2009-12-03") };
        var (before, after) = (new DateOnly(2009, 12, 2), new DateOnly(2009, 12, 4));
        var change = new EventChange(Ksm, "KVM", ComparisonCell.From("kvm", rows, before), ComparisonCell.From("kvm", rows, after));

        var matrix = Render<EventChanges>(p => p.Add(c => c.Changes, [change]).Add(c => c.Before, before).Add(c => c.After, after));

        Assert.Equal(["Feature", "Hypervisor", "Before (2 Dec 2009)", "After (4 Dec 2009)"], matrix.FindAll("thead th").Select(th => th.TextContent));
        var cells = matrix.FindAll("tbody td");
        Assert.Equal("KVM", cells[0].TextContent);
        Assert.Contains("level-no", cells[1].ClassName);
        Assert.Contains("level-yes", cells[2].ClassName);
        Assert.Equal("/articles/kvm#support-ksm-kvm", cells[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/features/ksm#h-kvm", matrix.Find("tbody th a").GetAttribute("href"));
    }

    [Fact]
    public void Matrix_WithoutChanges_RendersNothing() =>
        Assert.Empty(Render<EventChanges>(p => p.Add(c => c.Changes, []).Add(c => c.Before, default).Add(c => c.After, default)).Markup.Trim());
}
