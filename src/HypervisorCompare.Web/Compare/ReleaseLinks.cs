using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>
/// Ties a support cell's since/until to the release event that brought it: the event the content names explicitly,
/// else the one whose title names the same version (<see cref="ReleaseNames"/>); when two events name a version, the
/// earlier one wins.
/// </summary>
public sealed class ReleaseLinks(IReadOnlyDictionary<(string Hypervisor, string Key), string> events, IReadOnlyList<TimelineEvent> releases)
{
    public static readonly ReleaseLinks None = new(new Dictionary<(string, string), string>(), []);

    /// <summary>The release and kernel-integration events, oldest first.</summary>
    public IReadOnlyList<TimelineEvent> Events => releases;

    /// <summary>From every event (in any order): the release and kernel-integration ones are kept, oldest first.</summary>
    public static ReleaseLinks From(IEnumerable<TimelineEvent> events)
    {
        var releases = events.Where(ReleaseNames.IsRelease).OrderBy(e => e.Date.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var map = new Dictionary<(string, string), string>();
        foreach (var e in releases)
            foreach (var key in ReleaseNames.KeysOf(e.Title))
                foreach (var h in e.Hypervisors)
                    map.TryAdd((h, key), e.Id);
        return new ReleaseLinks(map, releases);
    }

    /// <summary>The release event of a milestone: named in the content, or matched by its version.</summary>
    public string? EventFor(string hypervisorId, Milestone? milestone) =>
        milestone?.EventId ?? (ReleaseNames.KeyOf(milestone?.Version) is { } key && events.TryGetValue((hypervisorId, key), out var id) ? id : null);
}
