using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Validation;
using Markdig.Syntax;

namespace HypervisorCompare.Content.Parsing;

/// <summary>What a reader needs to cite a fact while walking one article: its path, slug, section and used anchors.</summary>
internal sealed class ArticleContext(string path, string slug, SiteLinks links)
{
    public SiteLinks Links { get; } = links;

    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

    public string Path { get; } = path;
    public string Slug { get; } = slug;
    public string Section { get; set; } = "";

    public Citation CitationAt(MarkdownObject node) => new()
    {
        ArticleSlug = Slug,
        Path = Path,
        Line = node.Line + 1,
        Column = node.Column + 1,
        Section = Section,
    };

    public void Error(DiagnosticBag diagnostics, MarkdownObject node, string message) =>
        diagnostics.Error(Path, node.Line + 1, node.Column + 1, message);

    public void ReserveAnchor(string anchor) => _anchors.Add(anchor);

    /// <summary>Returns <paramref name="wanted"/>, or it with -2, -3… appended when already used in this article.</summary>
    public string UniqueAnchor(string wanted)
    {
        var anchor = wanted;
        for (var n = 2; !_anchors.Add(anchor); n++) anchor = $"{wanted}-{n}";
        return anchor;
    }
}
