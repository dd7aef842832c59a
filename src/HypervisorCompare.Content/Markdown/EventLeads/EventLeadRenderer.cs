using HypervisorCompare.Content.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HypervisorCompare.Content.Markdown.EventLeads;

/// <summary>
/// Renders an event lead as <c>&lt;time&gt;</c> plus a kind label instead of the raw pipes; the date links to the
/// event on the timeline, so a reader can go from the sentence to the event it feeds.
/// </summary>
public sealed class EventLeadRenderer : HtmlObjectRenderer<EventLeadInline>
{
    /// <summary>The site's links, set for each render (<see cref="Parsing.ArticleParser.Render"/>).</summary>
    public SiteLinks? Links { get; set; }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, EventLeadInline lead)
    {
        renderer.Write("<a class=\"fact-link\" href=\"").WriteEscapeUrl(Links!.TimelineEvent(lead.EventId))
            .Write("\" title=\"This event on the timeline\"><time datetime=\"").Write(lead.Date.Iso).Write("\">")
            .WriteEscape(DateText.Format(lead.Date)).Write("</time></a> ")
            .Write("<span class=\"event-kind\">").WriteEscape(lead.Kind).Write("</span> ");
    }
}
