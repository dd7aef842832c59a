using System.Text.RegularExpressions;
using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Compare;

/// <summary>
/// Ties a support cell's since/until version ("Xen 4.10", "Linux 5.11", "ESXi 7.0") to the release event that
/// brought it, made from the data: a `release` or `kernel-integration` event of the cell's hypervisor whose title
/// names the same product and version ("Xen 4.10 ships the first SUPPORT.md"). Trailing ".0" parts are ignored,
/// so "QEMU 2.11" finds "QEMU 2.11.0 is released"; when two events name a version, the earlier one wins. A name is one
/// word or two ("Proxmox VE 8.0", "XCP-ng 8.3"): a title's two words before a version are tried both ways.
/// </summary>
public sealed partial class ReleaseLinks(IReadOnlyDictionary<(string Hypervisor, string Key), string> events, IReadOnlyList<TimelineEvent> releases)
{
    public static readonly ReleaseLinks None = new(new Dictionary<(string, string), string>(), []);

    /// <summary>The release and kernel-integration events, oldest first.</summary>
    public IReadOnlyList<TimelineEvent> Events => releases;

    public static async Task<ReleaseLinks> LoadAsync(HypervisorContext db)
    {
        var releases = (await db.Events.Where(e => e.Kind == "release" || e.Kind == "kernel-integration").ToListAsync())
            .OrderBy(e => e.Date.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var map = new Dictionary<(string, string), string>();
        foreach (var e in releases)
            foreach (Match m in Named().Matches(e.Title))
                foreach (var h in e.Hypervisors)
                {
                    map.TryAdd((h, Key(m)), e.Id);
                    if (m.Groups["first"].Success) map.TryAdd((h, Key(m, oneWord: true)), e.Id);
                }
        return new ReleaseLinks(map, releases);
    }

    /// <summary>The release event for a milestone's version, when the whole version text is one "product version".</summary>
    public string? EventFor(string hypervisorId, Milestone? milestone) =>
        milestone?.Version is { } version && Whole().Match(version.Trim()) is { Success: true } m
        && events.TryGetValue((hypervisorId, Key(m)), out var id) ? id : null;

    private static string Key(Match m, bool oneWord = false)
    {
        var parts = m.Groups["v"].Value.Split('.').ToList();
        while (parts.Count > 1 && parts[^1] == "0") parts.RemoveAt(parts.Count - 1);
        var name = oneWord || !m.Groups["first"].Success ? m.Groups["name"].Value : m.Groups["first"].Value + m.Groups["name"].Value;
        return name.ToLowerInvariant() + " " + string.Join('.', parts);
    }

    [GeneratedRegex(@"(?<first>[A-Za-z][A-Za-z-]* )?(?<name>[A-Za-z][A-Za-z-]*) (?<v>\d+(?:\.\d+)*)\b")]
    private static partial Regex Named();

    [GeneratedRegex(@"^(?<first>[A-Za-z][A-Za-z-]* )?(?<name>[A-Za-z][A-Za-z-]*) (?<v>\d+(?:\.\d+)*)$")]
    private static partial Regex Whole();
}
