using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

public enum ChangeKind { Gained, Lost, Other }

/// <summary>A cell whose level on the later day differs from its level on the first: the row in force then, if any.</summary>
public sealed record CellChange(string FeatureId, string HypervisorId, string From, string To, FeatureSupport? Then, ChangeKind Kind, DateOnly Day);

/// <summary>
/// What changed between two days in a comparison (<c>/compare?asof=2011&amp;vs=2026-12</c>): each cell's level on the
/// first day against its level on the later one, read from the same history, so no other data is loaded.
/// </summary>
public sealed record CellChanges(DateOnly From, DateOnly To, IReadOnlyDictionary<(string Feature, string Hypervisor), CellChange> ByCell)
{
    public int Count => ByCell.Count;
    public int Gained => ByCell.Values.Count(c => c.Kind == ChangeKind.Gained);
    public int Lost => ByCell.Values.Count(c => c.Kind == ChangeKind.Lost);
    public int Other => ByCell.Values.Count(c => c.Kind == ChangeKind.Other);

    public CellChange? For(string featureId, string hypervisorId) => ByCell.GetValueOrDefault((featureId, hypervisorId));

    public static CellChanges Compute(Comparison comparison, DateOnly to)
    {
        var changes = new Dictionary<(string, string), CellChange>();
        foreach (var row in comparison.Groups.SelectMany(g => g.Rows))
            foreach (var cell in row.Cells.Where(c => c.Researched))
            {
                var then = ComparisonCell.From(cell.HypervisorId, cell.History, to);
                if (then.LevelText == cell.LevelText) continue;
                var kind = Rank(then.Level).CompareTo(Rank(cell.Level)) switch { > 0 => ChangeKind.Gained, < 0 => ChangeKind.Lost, _ => ChangeKind.Other };
                changes[(row.Feature.Id, cell.HypervisorId)] = new(row.Feature.Id, cell.HypervisorId, cell.LevelText, then.LevelText, then.Current, kind, to);
            }
        return new CellChanges(comparison.AsOf, to, changes);
    }

    /// <summary>Yes above partial above the rest (no, unknown, not applicable), which move between themselves as "other".</summary>
    private static int Rank(SupportLevel level) => level switch { SupportLevel.Yes => 2, SupportLevel.Partial => 1, _ => 0 };
}
