using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HypervisorCompare.Content.Markdown.GlossaryLinks;

/// <summary>Renders a glossary link to the term's entry, with the definition as its tooltip.</summary>
public sealed class GlossaryLinkRenderer : HtmlObjectRenderer<GlossaryLinkInline>
{
    /// <summary>The site's links, set for each render (<see cref="Parsing.ArticleParser.Render"/>).</summary>
    public SiteLinks? Links { get; set; }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, GlossaryLinkInline link)
    {
        renderer.Write("<a class=\"glossary-link\" href=\"").WriteEscapeUrl(Links!.GlossaryTerm(link.Term.Id))
            .Write("\" title=\"").WriteEscape(link.Term.Definition).Write("\">")
            .WriteChildren(link);
        renderer.Write("</a>");
    }
}
