using HypervisorCompare.Content.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HypervisorCompare.Content.Markdown.EventLeads;

/// <summary>Renders an event lead as <c>&lt;time&gt;</c> plus a kind label instead of the raw pipes.</summary>
public sealed class EventLeadRenderer : HtmlObjectRenderer<EventLeadInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, EventLeadInline lead)
    {
        renderer.Write("<time datetime=\"").Write(lead.Date.Iso).Write("\">")
            .WriteEscape(DateText.Format(lead.Date)).Write("</time> ")
            .Write("<span class=\"event-kind\">").WriteEscape(lead.Kind).Write("</span> ");
    }
}
