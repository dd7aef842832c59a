using Markdig;
using Markdig.Renderers;

namespace HypervisorCompare.Content.Markdown.GlossaryLinks;

/// <summary>
/// Registers <see cref="GlossaryLinkRenderer"/>. The links themselves are put in place by <see cref="GlossaryLinker"/>
/// once every article is read, because the glossary may be declared in any article.
/// </summary>
public sealed class GlossaryLinkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<GlossaryLinkRenderer>())
            html.ObjectRenderers.Add(new GlossaryLinkRenderer());
    }
}

/// <summary>Pipeline builder helpers.</summary>
public static class GlossaryLinkPipelineExtensions
{
    /// <summary>Renders glossary links as links to the glossary page.</summary>
    public static MarkdownPipelineBuilder UseGlossaryLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<GlossaryLinkExtension>();
        return pipeline;
    }
}
