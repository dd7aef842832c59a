using Bunit;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

public class QuickViewsTests : BunitContext
{
    private static readonly Hypervisor[] Four =
        [new() { Id = "xen", Name = "Xen" }, new() { Id = "kvm", Name = "KVM" }, new() { Id = "esxi", Name = "ESXi" }, new() { Id = "hyper-v", Name = "Hyper-V" }];

    private IRenderedComponent<QuickViews> RenderViews(IReadOnlyList<Hypervisor> hypervisors) =>
        Render<QuickViews>(p => p.Add(c => c.Hypervisors, hypervisors).Add(c => c.Today, new DateOnly(2026, 12, 2)));

    [Fact]
    public void QuickViews_WithFourHypervisors_OfferEachAgainstAllTheOthers()
    {
        var links = RenderViews(Four).FindAll("a").Where(a => a.TextContent.StartsWith("what ")).ToList();

        Assert.Equal(["what Xen has that the others lack", "what KVM has that the others lack", "what ESXi has that the others lack", "what Hyper-V has that the others lack"],
            links.Select(a => a.TextContent));
        Assert.Equal("/compare?h=xen&h=kvm&h=esxi&h=hyper-v&support=esxi%3Ayes&support=xen%3Ano&support=kvm%3Ano&support=hyper-v%3Ano",
            links[2].GetAttribute("href"));
    }

    [Fact]
    public void QuickViews_WithTwo_NameTheOtherOne()
    {
        var links = RenderViews(Four[..2]).FindAll("a").Select(a => a.TextContent).ToList();

        Assert.Contains("what Xen has that KVM lacks", links);
        Assert.Contains("what KVM has that Xen lacks", links);
    }

    [Fact]
    public void QuickViews_AsOfLinks_AreRelativeToToday()
    {
        var hrefs = RenderViews(Four[..2]).FindAll("a").Where(a => a.TextContent.StartsWith("as of")).Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/compare?h=xen&h=kvm&asof=2021", "/compare?h=xen&h=kvm&asof=2016"], hrefs);
    }
}
