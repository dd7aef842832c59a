using HypervisorCompare.Content.Markdown.EventLeads;
using HypervisorCompare.Content.Markdown.GlossaryLinks;
using HypervisorCompare.Content.Markdown.SafeUrls;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace HypervisorCompare.Content.Parsing;

/// <summary>The one Markdig pipeline every article is parsed and rendered with.</summary>
public static class ContentPipeline
{
    /// <summary>
    /// Front matter, pipe tables, GitHub-style heading ids, event leads and glossary links. Raw HTML is disabled (it renders as text);
    /// the generic-attributes extension is deliberately absent because it lets <c>{onclick=…}</c> through; safe URLs come
    /// last so they check every URL after any other rewriting. Together they make the HTML safe by construction.
    /// </summary>
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEventLeads()
        .UseGlossaryLinks()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .UseSafeUrls()
        .Build();
}
