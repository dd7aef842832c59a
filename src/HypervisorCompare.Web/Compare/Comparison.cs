using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>A feature-by-hypervisor matrix as it stood on one day, with each cell's full history.</summary>
public sealed record Comparison(IReadOnlyList<Hypervisor> Hypervisors, IReadOnlyList<ComparisonGroup> Groups, DateOnly AsOf)
{
    /// <summary>The release events that the cells' since/until versions name.</summary>
    public ReleaseLinks Releases { get; init; } = ReleaseLinks.None;

    /// <summary>Every hypervisor's and product's name by id, for the bases that inherited cells name.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>Rows shown, across all groups.</summary>
    public int RowCount => Groups.Sum(g => g.Rows.Count);

    /// <summary>Keeps the rows that pass every filter of <paramref name="query"/>; empty groups are dropped.</summary>
    public Comparison Filter(CompareQuery query)
    {
        var columns = Hypervisors.Select((h, i) => (h.Id, i)).ToDictionary(x => x.Id, x => x.i);
        bool Keep(ComparisonRow row) =>
            query.Support.All(f => columns.TryGetValue(f.HypervisorId, out var i) && row.Cells[i].Level == f.Level)
            && (!query.DiffOnly || row.Differs)
            && (query.Text.Length == 0 || row.Mentions(query.Text));
        var groups = Groups
            .Where(g => query.Categories.Count == 0 || query.Categories.Contains(g.Category.Id))
            .Select(g => g with { Rows = g.Rows.Where(Keep).ToList() })
            .Where(g => g.Rows.Count > 0)
            .ToList();
        return this with { Groups = groups };
    }

    /// <summary>The matrix of <paramref name="hypervisorIds"/> (unknown ids are left out) as of <paramref name="asOf"/>, from memory.</summary>
    public static Comparison From(ReadModel model, IReadOnlyList<string> hypervisorIds, DateOnly asOf)
    {
        var hypervisors = hypervisorIds.Select(id => model.Hypervisors.FirstOrDefault(h => h.Id == id)).OfType<Hypervisor>().ToList();
        var groups = model.Categories
            .Select(c => new ComparisonGroup(c, model.Features.Where(f => f.CategoryId == c.Id)
                .Select(f => new ComparisonRow(f, hypervisors.Select(h => ComparisonCell.From(h.Id, model.Support[(f.Id, h.Id)], asOf)).ToList()))
                .ToList()))
            .Where(g => g.Rows.Count > 0)
            .ToList();
        return new Comparison(hypervisors, groups, asOf) { Releases = model.Releases, Names = model.Names };
    }
}

public sealed record ComparisonGroup(Category Category, IReadOnlyList<ComparisonRow> Rows);

public sealed record ComparisonRow(Feature Feature, IReadOnlyList<ComparisonCell> Cells)
{
    /// <summary>True when not every compared hypervisor has the same level.</summary>
    public bool Differs => Cells.Select(c => c.Level).Distinct().Count() > 1;

    /// <summary>Free-text match over the feature's name, description, synonyms and the shown notes.</summary>
    public bool Mentions(string text) =>
        new[] { Feature.Name, Feature.Id, Feature.Description }.Concat(Feature.Synonyms).Concat(Cells.Select(c => c.Current?.Note ?? ""))
            .Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One hypervisor's support for one feature: the row in force on the chosen day, and every row.</summary>
public sealed record ComparisonCell(string HypervisorId, FeatureSupport? Current, IReadOnlyList<FeatureSupport> History)
{
    public SupportLevel Level => Current?.Level ?? SupportLevel.Unknown;

    /// <summary>
    /// False when the content has no row at all for this feature and hypervisor: "not researched yet", which is not
    /// the same as a sourced <c>unknown</c>. Knowledge grows one fact at a time, so a missing row is not an error.
    /// </summary>
    public bool Researched => History.Count > 0;

    /// <summary>The level as exports write it: a level, or <c>not-researched</c>.</summary>
    public string LevelText => Researched ? SupportLevels.ToText(Level) : NotResearched;

    public const string NotResearched = "not-researched";

    public static ComparisonCell From(string hypervisorId, IEnumerable<FeatureSupport> rows, DateOnly asOf)
    {
        var history = rows.OrderBy(r => r.Since?.Date?.Start ?? DateOnly.MinValue).ToList();
        return new ComparisonCell(hypervisorId, history.LastOrDefault(r => r.AppliesOn(asOf)), history);
    }
}
