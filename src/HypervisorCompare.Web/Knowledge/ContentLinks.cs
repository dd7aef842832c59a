using HypervisorCompare.Content;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// The routes article HTML links to, from the pages that own them: the content library renders articles with these
/// and knows no route of its own.
/// </summary>
public static class ContentLinks
{
    public static SiteLinks Site { get; } = new(
        Article: (slug, anchor) => ArticlePage.Url(slug, anchor.Length > 0 ? anchor : null),
        CompareRow: featureId => ComparePage.Url() + "#f-" + Uri.EscapeDataString(featureId),
        Hypervisor: id => HypervisorPage.Url(id),
        TimelineEvent: TimelineEventLink.Url,
        GlossaryTerm: termId => GlossaryPage.Url(Uri.EscapeDataString(termId)));
}
