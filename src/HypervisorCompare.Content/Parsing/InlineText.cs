using System.Text;
using HypervisorCompare.Content.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HypervisorCompare.Content.Parsing;

/// <summary>Plain text and links read from Markdig's inline tree.</summary>
internal static class InlineText
{
    // Every table cell and list item is read this way, tens of thousands per content set: reuse one builder per thread.
    [ThreadStatic] private static StringBuilder? _builder;

    public static string Of(Inline? inline)
    {
        var text = Builder();
        Append(text, inline);
        return Collapse(text);
    }

    /// <summary>Text of consecutive inlines, white space collapsed.</summary>
    public static string OfAll(IEnumerable<Inline?> inlines)
    {
        var text = Builder();
        foreach (var inline in inlines) Append(text, inline);
        return Collapse(text);
    }

    public static string Of(LeafBlock? block) => Of(block?.Inline);

    public static string Of(Block? block) => block switch
    {
        LeafBlock leaf => Of(leaf),
        ContainerBlock container => Collapse(new StringBuilder(string.Join(' ', container.Select(Of)))),
        _ => "",
    };

    /// <summary>Web links (inline links, then autolinks) under <paramref name="root"/>, each in document order.</summary>
    public static List<SourceLink> Links(MarkdownObject root)
    {
        var links = new List<SourceLink>();
        List<SourceLink>? autolinks = null;
        foreach (var node in root.Descendants())
        {
            if (node is LinkInline { IsImage: false, Url: { } url } link)
                links.Add(new SourceLink(url, Of(link) is { Length: > 0 } title ? title : SourceLink.FromUrl(url).Title));
            else if (node is AutolinkInline { IsEmail: false } autolink)
                (autolinks ??= []).Add(SourceLink.FromUrl(autolink.Url));
        }
        if (autolinks is not null) links.AddRange(autolinks);
        return links;
    }

    private static StringBuilder Builder() => (_builder ??= new StringBuilder()).Clear();

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

    /// <summary>Trims and turns each run of white space into one space.</summary>
    private static string Collapse(StringBuilder text)
    {
        Span<char> collapsed = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c)) { pendingSpace = length > 0; continue; }
                if (pendingSpace) { collapsed[length++] = ' '; pendingSpace = false; }
                collapsed[length++] = c;
            }
        }
        return new string(collapsed[..length]);
    }
}
