using Bunit;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Web.Components.Pages.Compare;
using HypervisorCompare.Web.Data;

namespace HypervisorCompare.Web.Tests.Components.Compare;

public class CompareFiltersTests : BunitContext
{
    private static readonly Hypervisor[] All = [new() { Id = "kvm", Name = "KVM" }, new() { Id = "xen", Name = "Xen" }, new() { Id = "bhyve", Name = "bhyve" }];
    private static readonly Category[] Categories = [new() { Id = "memory", Name = "Memory" }, new() { Id = "io", Name = "I/O" }];

    private IRenderedComponent<CompareFilters> RenderFilters(CompareQuery query) =>
        Render<CompareFilters>(p => p.Add(c => c.Query, query).Add(c => c.Hypervisors, All).Add(c => c.Categories, Categories));

    [Fact]
    public void CompareFilters_IsAGetFormThatWorksWithoutJavaScript()
    {
        var form = RenderFilters(CompareQuery.Parse(null, null, null, null, null, null)).Find("form");

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/compare", form.GetAttribute("action"));
    }

    [Fact]
    public void CompareFilters_ListsComparedHypervisorsFirstInUrlOrder()
    {
        var filters = RenderFilters(CompareQuery.Parse(["xen", "kvm"], null, null, null, null, null));

        var boxes = filters.FindAll("input[name=h]");
        Assert.Equal(["xen", "kvm", "bhyve"], boxes.Select(b => b.GetAttribute("value")));
        Assert.Equal([true, true, false], boxes.Select(b => b.HasAttribute("checked")));
    }

    [Fact]
    public void CompareFilters_ReflectsEveryFilterOfTheQuery()
    {
        var filters = RenderFilters(CompareQuery.Parse(["kvm", "xen"], ["kvm:no", "xen:yes"], ["memory"], "1", "huge", "2011-06"));

        Assert.Equal("kvm:no", filters.Find("select[name=support] option[selected]").GetAttribute("value"));
        Assert.Equal("xen:yes", filters.Find("input[type=hidden][name=support]").GetAttribute("value"));
        Assert.True(filters.Find("input[name=diff]").HasAttribute("checked"));
        Assert.True(filters.Find("input[name=category][value=memory]").HasAttribute("checked"));
        Assert.False(filters.Find("input[name=category][value=io]").HasAttribute("checked"));
        Assert.Equal("huge", filters.Find("input[name=q]").GetAttribute("value"));
        Assert.Equal("2011-06", filters.Find("input[name=asof]").GetAttribute("value"));
    }

    [Fact]
    public void CompareFilters_OffersEachLevelForEachComparedHypervisorOnly()
    {
        var filters = RenderFilters(CompareQuery.Parse(["kvm"], null, null, null, null, null));

        var values = filters.FindAll("select[name=support] option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(SupportLevels.All.Select(l => "kvm:" + SupportLevels.ToText(l)), values);
    }
}
