using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Validation;

/// <summary>
/// The support cells whose since or until names a version that no release event of their hypervisor matches, so the
/// site cannot link the cell to its release. A warning, not an error: the fact stands, only the link is missing; add
/// the release event, or link the cell to the event that is meant (<c>[Xen 4.10](xen-releases#event-xen-4-10)</c>).
/// </summary>
public static class UnmatchedReleases
{
    /// <summary>One <c>path:line:col: warning: ...</c> line per unmatched version, in content order.</summary>
    public static IReadOnlyList<string> Of(ContentSet content)
    {
        var keys = content.Events.Where(ReleaseNames.IsRelease)
            .SelectMany(e => ReleaseNames.KeysOf(e.Title).SelectMany(k => e.Hypervisors.Select(h => (h, k))))
            .ToHashSet();
        var lines = new List<string>();
        foreach (var s in content.Support.Where(s => s.InheritedFrom is null))
            foreach (var (label, m) in new[] { ("since", s.Since), ("until", s.Until) })
                if (m is { EventId: null } && ReleaseNames.KeyOf(m.Version) is { } key && !keys.Contains((s.HypervisorId, key)))
                    lines.Add($"{s.Citation.Path}:{s.Citation.Line}:{s.Citation.Column}: warning: {label} '{m.Version}' of {s.FeatureId}/{s.HypervisorId} matches no release event of '{s.HypervisorId}'");
        return lines;
    }
}
