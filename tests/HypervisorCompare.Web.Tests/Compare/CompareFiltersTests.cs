using Bunit;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

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
    public void CompareFilters_ListsHypervisorsInTheOneDisplayOrder()
    {
        var filters = RenderFilters(CompareQuery.Parse(["xen", "kvm"], null, null, null, null, null));

        var boxes = filters.FindAll("input[name=h]");
        Assert.Equal(["kvm", "xen", "bhyve"], boxes.Select(b => b.GetAttribute("value")));
        Assert.Equal([true, true, false], boxes.Select(b => b.HasAttribute("checked")));
    }

    [Fact]
    public void CompareFilters_ReflectsEveryFilterOfTheQuery()
    {
        var filters = RenderFilters(CompareQuery.Parse(["kvm", "xen"], ["kvm:no", "xen:yes"], ["memory"], "1", "huge", "2011-06"));

        Assert.Equal("kvm:no", filters.Find("#filter-support-0 option[selected]").GetAttribute("value"));
        Assert.Equal("xen:yes", filters.Find("#filter-support-1 option[selected]").GetAttribute("value"));
        Assert.Empty(filters.FindAll("input[type=hidden]"));
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

        var values = filters.FindAll("#filter-support-new option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(SupportLevels.All.Select(l => "kvm:" + SupportLevels.ToText(l)), values);
    }

    [Fact]
    public void CompareFilters_ShowEveryConditionWithALinkThatRemovesJustThatOne()
    {
        var filters = RenderFilters(CompareQuery.Parse(["xen", "kvm"], ["xen:yes", "kvm:no"], null, null, null, null));

        var remove = filters.FindAll(".condition a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/compare?h=xen&h=kvm&support=kvm%3Ano", "/compare?h=xen&h=kvm&support=xen%3Ayes"], remove);
        Assert.Empty(filters.FindAll("#filter-support-new option[selected]"));
        Assert.Contains("Xen: yes, KVM: no", filters.Find("summary").TextContent);
    }

    [Fact]
    public void Describe_NamesEveryActiveFilter()
    {
        var query = CompareQuery.Parse(["xen", "kvm"], ["xen:yes", "kvm:no"], ["memory"], "1", "huge", null);

        Assert.Equal("Xen: yes, KVM: no · Memory · text “huge” · only differences", CompareFilters.Describe(query, All, Categories));
    }
}
