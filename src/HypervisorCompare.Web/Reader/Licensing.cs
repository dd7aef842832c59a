using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Validation;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Reader;

/// <summary>Which hypervisor components use which licence, read from the components' SPDX expressions.</summary>
public static class Licensing
{
    /// <summary>Licence ids in an expression (<c>GPL-2.0+</c> counts as <c>GPL-2.0</c>).</summary>
    public static IEnumerable<string> LicenceIds(string expression) =>
        SpdxLicences.Parts(expression).Where(p => p.IsLicence).Select(p => p.Token.TrimEnd('+'));

    /// <summary>Every component licence, with its hypervisor, grouped by the licence ids its expression names.</summary>
    public static async Task<ILookup<string, LicenceUse>> UsesAsync(HypervisorContext db)
    {
        var hypervisors = await db.Hypervisors.ToDictionaryAsync(h => h.Id);
        var components = await db.ComponentLicences.ToListAsync();
        return components
            .Where(c => hypervisors.ContainsKey(c.HypervisorId))
            .SelectMany(c => LicenceIds(c.Expression).Distinct().Select(id => (id, use: new LicenceUse(hypervisors[c.HypervisorId], c))))
            .OrderBy(x => x.use.Component.Since?.Start ?? DateOnly.MinValue).ThenBy(x => x.use.Hypervisor.Name)
            .ToLookup(x => x.id, x => x.use, StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A hypervisor component under a licence, over the period its declaration gives.</summary>
public sealed record LicenceUse(Hypervisor Hypervisor, ComponentLicence Component);
