namespace HypervisorCompare.Content.Tests;

/// <summary>The links the content library is given, shaped like the site's routes so the specs read as the site renders.</summary>
internal static class TestLinks
{
    public static SiteLinks Site { get; } = new(
        Article: (slug, anchor) => $"/articles/{slug}" + (anchor.Length > 0 ? $"#{anchor}" : ""),
        CompareRow: id => $"/compare#f-{Uri.EscapeDataString(id)}",
        Hypervisor: id => $"/hypervisors/{Uri.EscapeDataString(id)}",
        TimelineEvent: id => $"/timeline/events/{Uri.EscapeDataString(id)}",
        GlossaryTerm: id => $"/glossary#{Uri.EscapeDataString(id)}");
}
