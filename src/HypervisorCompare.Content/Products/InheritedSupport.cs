using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Products;

/// <summary>
/// Gives each product the support cells of the hypervisor it is built on, for every feature the product's own
/// articles do not state. Done once, when the content is read, so that every page, export and feed sees the same
/// cells and only has to say which ones are inherited.
/// </summary>
public static class InheritedSupport
{
    /// <summary>Adds the inherited rows to <paramref name="content"/>'s support.</summary>
    public static void Apply(ContentSet content)
    {
        var byHypervisor = content.Support.Where(s => s.InheritedFrom is null).ToLookup(s => s.HypervisorId);
        var inherited = new List<FeatureSupport>();
        foreach (var product in content.Hypervisors.Where(h => h.IsProduct))
        {
            var stated = byHypervisor[product.Id].Select(s => s.FeatureId).ToHashSet();
            foreach (var row in byHypervisor[product.BuiltOn!].Where(r => !stated.Contains(r.FeatureId)))
                if (Clip(row, product) is { } copy) inherited.Add(copy);
        }
        content.Support.AddRange(inherited);
    }

    private static Milestone? Copy(Milestone? m) => m is null ? null : new Milestone { Version = m.Version, Date = m.Date, EventId = m.EventId };

    /// <summary>
    /// A product cannot have had a level before it existed: rows that ended before its first release are dropped, and
    /// a row that began earlier begins at the first release instead.
    /// </summary>
    private static FeatureSupport? Clip(FeatureSupport row, Hypervisor product)
    {
        var first = product.FirstRelease;
        if (first is { } f && row.Until?.Date is { } until && until.Start <= f.Start) return null;
        var since = first is { } start && (row.Since is null || row.Since.Date is not { } s || s.Start < start.Start)
            ? new Milestone { Date = start }
            : row.Since;
        return new FeatureSupport
        {
            FeatureId = row.FeatureId,
            HypervisorId = product.Id,
            Level = row.Level,
            Note = row.Note,
            // Copies, not the base row's own milestones: each row owns its since and until when stored.
            Since = Copy(since),
            Until = Copy(row.Until),
            Sources = row.Sources,
            InheritedFrom = row.HypervisorId,
            Citation = row.Citation,
        };
    }
}
