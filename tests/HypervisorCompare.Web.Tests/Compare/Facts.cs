using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

/// <summary>Small hand-made comparisons for component tests.</summary>
internal static class Facts
{
    public static FeatureSupport Support(int key, string feature, string hypervisor, SupportLevel level, string note = "", string? since = null, string? until = null) => new()
    {
        Key = key, FeatureId = feature, HypervisorId = hypervisor, Level = level, Note = note,
        Since = since is null ? null : new Milestone { Version = "Linux " + since, Date = PartialDate.Parse(since) },
        Until = until is null ? null : new Milestone { Date = PartialDate.Parse(until) },
        Sources = [new SourceLink("https://lwn.net/x", "LWN")],
        Citation = new Citation { ArticleSlug = "kvm", Anchor = $"support-{feature}-{hypervisor}", Line = 10 + key },
    };

    public static Comparison XenVersusKvm(DateOnly asOf)
    {
        var xen = new Hypervisor { Id = "xen", Name = "Xen" };
        var kvm = new Hypervisor { Id = "kvm", Name = "KVM" };
        var memory = new Category { Id = "memory", Name = "Memory" };
        var ksm = new Feature { Id = "ksm", Name = "Same-page merging", CategoryId = "memory" };
        var xenRows = new[] { Support(1, "ksm", "xen", SupportLevel.Partial, "HVM only") };
        var kvmRows = new[] { Support(2, "ksm", "kvm", SupportLevel.No, until: "2009-12-03"), Support(3, "ksm", "kvm", SupportLevel.Yes, since: "2009-12-03") };
        var row = new ComparisonRow(ksm, [ComparisonCell.From("xen", xenRows, asOf), ComparisonCell.From("kvm", kvmRows, asOf)]);
        return new Comparison([xen, kvm], [new ComparisonGroup(memory, [row])], asOf);
    }
}
