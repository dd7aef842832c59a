using System.Text.RegularExpressions;

namespace HypervisorCompare.Content.Model;

/// <summary>
/// How a support cell's version ("Xen 4.10", "Linux 5.11", "ESXi 7.0", "Proxmox VE 8.0") names a release event: a
/// `release` or `kernel-integration` event of the same hypervisor whose title names the same product and version.
/// Trailing ".0" parts are ignored, so "QEMU 2.11" finds "QEMU 2.11.0 is released". A name is one word or two: a
/// title's two words before a version are tried both ways. The site links by these keys and <c>check</c> warns with them.
/// </summary>
public static partial class ReleaseNames
{
    /// <summary>Event kinds that can be the release a version names.</summary>
    public static bool IsRelease(TimelineEvent e) => e.Kind is "release" or "kernel-integration";

    /// <summary>Every key the event's title offers, in title order.</summary>
    public static IEnumerable<string> KeysOf(string title)
    {
        foreach (Match m in Named().Matches(title))
        {
            yield return Key(m);
            if (m.Groups["first"].Success) yield return Key(m, oneWord: true);
        }
    }

    /// <summary>The key of a milestone's version, when the whole version text is one "product version"; else null.</summary>
    public static string? KeyOf(string? version) =>
        version is not null && Whole().Match(version.Trim()) is { Success: true } m ? Key(m) : null;

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
