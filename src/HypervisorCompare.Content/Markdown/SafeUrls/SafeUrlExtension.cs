using Markdig;
using Markdig.Renderers;

namespace HypervisorCompare.Content.Markdown.SafeUrls;

/// <summary>
/// Makes every URL the HTML renderer writes (links, images, autolinks, reference links, and links our own code adds
/// after parsing) pass <see cref="SafeUrl"/>. It works at the one place URLs are written, after any other rewriter,
/// rather than on the tree, so a link inserted between parsing and rendering cannot slip past it.
/// </summary>
public sealed class SafeUrlExtension : IMarkdownExtension
{
    private static readonly Func<string, string> Rewrite = SafeUrl.Rewrite;

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var previous = html.LinkRewriter;
        if (previous is null || previous == Rewrite) html.LinkRewriter = Rewrite;
        else if (previous.Target is not Chained) html.LinkRewriter = new Chained(previous).Rewrite;
    }

    /// <summary>Another extension's rewriter first, then ours on its result.</summary>
    private sealed class Chained(Func<string, string> inner)
    {
        public string Rewrite(string url) => SafeUrl.Rewrite(inner(url));
    }
}

/// <summary>Pipeline builder helpers.</summary>
public static class SafeUrlPipelineExtensions
{
    /// <summary>Writes only http, https, mailto and scheme-less URLs; any other becomes an empty attribute.</summary>
    public static MarkdownPipelineBuilder UseSafeUrls(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SafeUrlExtension>();
        return pipeline;
    }
}
