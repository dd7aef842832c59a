using HypervisorCompare.Content.Model;
using Markdig.Syntax;

namespace HypervisorCompare.Content.Parsing;

/// <summary>Everything read from one file: the article and the facts it states.</summary>
public sealed class ParsedArticle
{
    /// <summary>The article itself.</summary>
    public required Article Article { get; init; }
    /// <summary>
    /// The syntax tree, kept until every article is read: passes that need the whole content set
    /// (glossary links) run on it before <see cref="ArticleParser.Render"/> writes the HTML.
    /// </summary>
    public required MarkdownDocument Document { get; init; }
    /// <summary>The typed front matter (declarations).</summary>
    public required FrontMatter FrontMatter { get; init; }
    /// <summary>Rows of support tables.</summary>
    public List<FeatureSupport> Support { get; } = [];
    /// <summary>Items of event lists.</summary>
    public List<TimelineEvent> Events { get; } = [];
    /// <summary>Links to other articles (<c>[text](slug#anchor)</c>), checked once the whole set is read.</summary>
    public List<ArticleLink> Links { get; } = [];
}

/// <summary>A link from one article to another, written as <c>[text](slug)</c> or <c>[text](slug#anchor)</c>.</summary>
/// <param name="Slug">Target article.</param>
/// <param name="Anchor">Target heading or fact anchor, or empty.</param>
/// <param name="At">Where the link is written.</param>
public sealed record ArticleLink(string Slug, string Anchor, Citation At);
