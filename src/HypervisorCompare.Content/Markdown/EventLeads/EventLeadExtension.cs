using Markdig;
using Markdig.Renderers;

namespace HypervisorCompare.Content.Markdown.EventLeads;

/// <summary>Registers <see cref="EventLeadRenderer"/>; the leads themselves are put in place by the event list reader.</summary>
public sealed class EventLeadExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<EventLeadRenderer>())
            html.ObjectRenderers.Add(new EventLeadRenderer());
    }
}

/// <summary>Pipeline builder helpers.</summary>
public static class EventLeadPipelineExtensions
{
    /// <summary>Renders event leads as dates and kinds.</summary>
    public static MarkdownPipelineBuilder UseEventLeads(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<EventLeadExtension>();
        return pipeline;
    }
}
