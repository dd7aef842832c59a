using Microsoft.EntityFrameworkCore;

using HypervisorCompare.Content.Model;
using HypervisorCompare.Web.Performance;

namespace HypervisorCompare.Web.Data;

/// <summary>Everything the comparison page and its exports show for one <see cref="CompareQuery"/>.</summary>
public sealed record CompareView(
    Comparison All, Comparison Shown, IReadOnlyList<Hypervisor> AllHypervisors, IReadOnlyList<Category> Categories,
    DateOnly Day, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// The matrix for the query's hypervisors and day comes from <paramref name="cache"/> when given (the filters are
    /// applied to it on every request, which costs little next to loading it).
    /// </summary>
    public static async Task<CompareView> LoadAsync(HypervisorContext db, CompareQuery query, DateOnly today, ModelCache.Versioned? cache = null)
    {
        var day = query.Day(today);
        async Task<Matrix> Load() => new(await Comparison.LoadAsync(db, query.Hypervisors, day), await db.Hypervisors.OrderBy(h => h.Name).ToListAsync());
        var (all, allHypervisors) = cache is { } c
            ? await c.GetOrCreateAsync($"compare|{day:yyyy-MM-dd}|{string.Join('|', query.Hypervisors)}", Load, m => m.Size)
            : await Load();
        var problems = new List<string>();
        var unknown = query.Hypervisors.Where(id => all.Hypervisors.All(h => h.Id != id)).ToList();
        if (unknown.Count > 0)
            problems.Add($"Unknown hypervisor {string.Join(", ", unknown.Select(u => $"\"{u}\""))}: known ids are {string.Join(", ", allHypervisors.Select(h => h.Id))}.");
        var categories = all.Groups.Select(g => g.Category).ToList();
        var unknownCategories = query.Categories.Where(c => categories.All(k => k.Id != c)).ToList();
        if (unknownCategories.Count > 0)
            problems.Add($"Unknown category {string.Join(", ", unknownCategories.Select(u => $"\"{u}\""))}: known ids are {string.Join(", ", categories.Select(c => c.Id))}.");
        return new CompareView(all, all.Filter(query), allHypervisors, categories, day, problems);
    }

    private sealed record Matrix(Comparison All, IReadOnlyList<Hypervisor> AllHypervisors)
    {
        public long Size => 1 + All.RowCount * Math.Max(1, All.Hypervisors.Count);
    }
}
