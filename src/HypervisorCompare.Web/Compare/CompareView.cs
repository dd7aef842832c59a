using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>Everything the comparison page and its exports show for one <see cref="CompareQuery"/>.</summary>
public sealed record CompareView(
    CompareQuery Query, Comparison All, Comparison Shown, IReadOnlyList<Hypervisor> AllHypervisors, IReadOnlyList<Category> Categories,
    DateOnly Day, IReadOnlyList<string> Problems)
{
    /// <summary>With <c>vs</c>: the shown cells whose level differs on the later day.</summary>
    public CellChanges? Changes { get; init; }

    /// <summary>The query is resolved against the content's default hypervisors first (<see cref="Query"/>); no query reaches the database.</summary>
    public static CompareView From(ReadModel model, CompareQuery query, DateOnly today)
    {
        var day = query.Day(today);
        var allHypervisors = model.Hypervisors;
        query = query.Resolve(HypervisorOrder.Defaults(allHypervisors));
        var all = Comparison.From(model, query.Hypervisors, day);
        var problems = new List<string>();
        var unknown = query.Hypervisors.Where(id => all.Hypervisors.All(h => h.Id != id)).ToList();
        if (unknown.Count > 0)
            problems.Add($"Unknown hypervisor {string.Join(", ", unknown.Select(u => $"\"{u}\""))}: known ids are {string.Join(", ", allHypervisors.Select(h => h.Id))}.");
        if (query.AsOf is { } future && future.Start > today)
            problems.Add($"asof={future.Iso} is in the future: showing today's state.");
        var categories = all.Groups.Select(g => g.Category).ToList();
        var unknownCategories = query.Categories.Where(c => categories.All(k => k.Id != c)).ToList();
        if (unknownCategories.Count > 0)
        {
            // Ignored like every other unknown value, rather than filtering the table down to nothing.
            problems.Add($"Ignored unknown category {string.Join(", ", unknownCategories.Select(u => $"\"{u}\""))}: known ids are {string.Join(", ", categories.Select(c => c.Id))}.");
            query = query with { Categories = query.Categories.Except(unknownCategories).ToList() };
        }
        var shown = all.Filter(query);
        return new CompareView(query, all, shown, allHypervisors, categories, day, problems)
        {
            Changes = query.VsDay(today) is { } later ? CellChanges.Compute(shown, later) : null,
        };
    }
}
