using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>Numbers each fact shown, in reading order, so cells cite [n] and the list below explains each n.</summary>
public sealed class CitationNumbers(IReadOnlyList<FeatureSupport> facts)
{
    private readonly Dictionary<int, int> _numbers = facts.Select((f, i) => (f.Key, i + 1)).ToDictionary(x => x.Key, x => x.Item2);

    public IReadOnlyList<FeatureSupport> Facts { get; } = facts;

    public int NumberOf(FeatureSupport fact) => _numbers[fact.Key];

    public static CitationNumbers For(Comparison comparison) =>
        new(comparison.Groups.SelectMany(g => g.Rows).SelectMany(r => r.Cells).Select(c => c.Current).OfType<FeatureSupport>().ToList());
}
