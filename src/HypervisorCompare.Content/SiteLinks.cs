namespace HypervisorCompare.Content;

/// <summary>
/// The site URLs that rendered article HTML links to (another article, a comparison row, a profile, an event, a
/// glossary term). The web app owns its routes and passes them in when it loads content; this library knows none.
/// </summary>
/// <param name="Article">An article by slug, at an anchor ("" for the top).</param>
/// <param name="CompareRow">A feature's row in the comparison.</param>
/// <param name="Hypervisor">A hypervisor's or product's profile.</param>
/// <param name="TimelineEvent">An event's permalink.</param>
/// <param name="GlossaryTerm">A glossary term's entry.</param>
public sealed record SiteLinks(
    Func<string, string, string> Article,
    Func<string, string> CompareRow,
    Func<string, string> Hypervisor,
    Func<string, string> TimelineEvent,
    Func<string, string> GlossaryTerm);
