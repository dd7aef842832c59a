namespace HypervisorCompare.Content;

/// <summary>
/// The site URLs rendered article HTML links to. The web app's pages own these routes (each page's <c>Url(...)</c>);
/// they are repeated here because this library cannot reference the web app, and the web tests' link checker
/// proves every one of them resolves.
/// </summary>
internal static class SiteLinks
{
    public static string Article(string slug, string anchor = "") => $"/articles/{slug}" + (anchor.Length > 0 ? $"#{anchor}" : "");

    public static string CompareRow(string featureId) => $"/compare#f-{Uri.EscapeDataString(featureId)}";

    public static string Hypervisor(string id) => $"/hypervisors/{Uri.EscapeDataString(id)}";

    public static string TimelineEvent(string eventId) => $"/timeline/events/{Uri.EscapeDataString(eventId)}";

    public static string GlossaryTerm(string termId) => $"/glossary#{Uri.EscapeDataString(termId)}";
}
