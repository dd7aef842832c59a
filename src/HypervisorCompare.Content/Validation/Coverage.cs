using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Validation;

/// <summary>
/// How many features each hypervisor has at least one support row for. A missing row means "not researched yet",
/// not an error: knowledge grows one fact at a time, so <c>check</c> reports coverage instead of failing.
/// </summary>
public sealed record Coverage(string HypervisorId, int Researched, int Known, int Features, int Stated, string? BuiltOn = null)
{
    /// <summary>One line per hypervisor, in the order the content declares them.</summary>
    public static IReadOnlyList<Coverage> Of(ContentSet content)
    {
        var features = content.Features.Select(f => f.Id).ToHashSet();
        return content.Hypervisors.Select(h =>
        {
            var rows = content.Support.Where(s => s.HypervisorId == h.Id && features.Contains(s.FeatureId)).ToList();
            var researched = rows.Select(s => s.FeatureId).Distinct().Count();
            var known = rows.GroupBy(s => s.FeatureId).Count(g => g.Any(s => s.Level != SupportLevel.Unknown));
            var stated = rows.Where(s => s.InheritedFrom is null).Select(s => s.FeatureId).Distinct().Count();
            return new Coverage(h.Id, researched, known, features.Count, stated, h.BuiltOn);
        }).ToList();
    }

    /// <summary>The line <c>check</c> prints.</summary>
    public override string ToString() =>
        $"coverage {HypervisorId}: {Researched} of {Features} features researched, {Known} with a known level ({Percent(Known)}), {Features - Researched} not researched" +
        (BuiltOn is null ? "" : $"; {Stated} stated, {Researched - Stated} inherited from {BuiltOn}");

    private string Percent(int n) => Features == 0 ? "0%" : $"{100.0 * n / Features:0}%";
}
