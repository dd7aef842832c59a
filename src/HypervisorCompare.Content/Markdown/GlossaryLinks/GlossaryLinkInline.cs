using HypervisorCompare.Content.Model;
using Markdig.Syntax.Inlines;

namespace HypervisorCompare.Content.Markdown.GlossaryLinks;

/// <summary>The first use of a glossary term (or one of its aliases) in an article; its child is the text as written.</summary>
public sealed class GlossaryLinkInline(GlossaryTerm term) : ContainerInline
{
    /// <summary>The term the text names.</summary>
    public GlossaryTerm Term { get; } = term;
}
