using System.Text;
using HypervisorCompare.Content.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HypervisorCompare.Content.Parsing;

/// <summary>Plain text and links read from Markdig's inline tree.</summary>
internal static class InlineText
{
    public static string Of(Inline? inline) => OfAll([inline]);

    /// <summary>Text of consecutive inlines, white space collapsed.</summary>
    public static string OfAll(IEnumerable<Inline?> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines) Append(text, inline);
        return Collapse(text.ToString());
    }

    public static string Of(LeafBlock? block) => Of(block?.Inline);

    public static string Of(Block? block) => block switch
    {
        LeafBlock leaf => Of(leaf),
        ContainerBlock container => Collapse(string.Join(' ', container.Select(Of))),
        _ => "",
    };

    /// <summary>Web links (inline links and autolinks) under <paramref name="root"/>, in order.</summary>
    public static List<SourceLink> Links(MarkdownObject root) =>
        root.Descendants<LinkInline>()
            .Where(l => !l.IsImage && l.Url is not null)
            .Select(l => new SourceLink(l.Url!, Of(l) is { Length: > 0 } title ? title : SourceLink.FromUrl(l.Url!).Title))
            .Concat(root.Descendants<AutolinkInline>().Where(a => !a.IsEmail).Select(a => SourceLink.FromUrl(a.Url)))
            .ToList();

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case CodeInline code: text.Append(code.Content); break;
            case AutolinkInline autolink: text.Append(autolink.Url); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            case LineBreakInline: text.Append(' '); break;
            case HtmlInline html: text.Append(html.Tag); break;
            case ContainerInline container:
                foreach (var child in container) Append(text, child);
                break;
        }
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
