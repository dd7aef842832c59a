using System.Text;
using HypervisorCompare.Content.Model;
using Markdig.Renderers.Html;
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

    /// <summary>
    /// The text of each block on its own line, cut into passages of at most <paramref name="maxChars"/> characters that
    /// each start a section or continue one, so that search reads and highlights a bounded amount of text per hit.
    /// </summary>
    public static List<ArticlePassage> Passages(IEnumerable<LeafBlock> blocks, int maxChars)
    {
        var passages = new List<ArticlePassage>();
        var anchor = "";
        var lines = new StringBuilder();
        void Flush()
        {
            if (lines.Length > 0) passages.Add(new ArticlePassage(anchor, lines.ToString()));
            lines.Clear();
        }
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading)
            {
                Flush();
                anchor = heading.GetAttributes().Id ?? "";
            }
            var text = Builder();
            Append(text, block.Inline);
            var line = Collapse(text);
            if (lines.Length > 0 && lines.Length + 1 + line.Length > maxChars) Flush();
            // One block longer than a passage (a huge paragraph) is cut at the last space before the limit.
            while (line.Length > maxChars)
            {
                var cut = line.LastIndexOf(' ', maxChars - 1, maxChars / 2) is var space and > 0 ? space : maxChars;
                passages.Add(new ArticlePassage(anchor, line[..cut]));
                line = line[cut..].TrimStart();
            }
            if (line.Length == 0) continue;
            if (lines.Length > 0) lines.Append('\n');
            lines.Append(line);
        }
        Flush();
        return passages;
    }

    /// <summary>Text of a block; the blocks in a container are separated by a space (a table cell, a list item).</summary>
    public static string Of(Block? block)
    {
        var text = Builder();
        AppendBlock(text, block);
        return Collapse(text);
    }

    /// <summary>Web links (inline links, then autolinks) under <paramref name="root"/>, each in document order.</summary>
    public static List<SourceLink> Links(MarkdownObject root)
    {
        var links = new List<SourceLink>();
        List<SourceLink>? autolinks = null;
        // A hand-written walk in document order: Markdig's Descendants() allocates two stacks per call, and this runs per row.
        void Visit(MarkdownObject node)
        {
            switch (node)
            {
                case LinkInline { IsImage: false, Url: { } url } link:
                    links.Add(new SourceLink(url, Of(link) is { Length: > 0 } title ? title : SourceLink.FromUrl(url).Title));
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    (autolinks ??= []).Add(SourceLink.FromUrl(autolink.Url));
                    break;
            }
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) Visit(child);
                    break;
                case LeafBlock { Inline: { } inline }:
                    for (var child = inline.FirstChild; child is not null; child = child.NextSibling) Visit(child);
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) Visit(child);
                    break;
            }
        }
        Visit(root);
        if (autolinks is not null) links.AddRange(autolinks);
        return links;
    }

    /// <summary>True when a link or an image is anywhere under <paramref name="inline"/>.</summary>
    public static bool HasLink(Inline inline)
    {
        if (inline is LinkInline) return true;
        if (inline is not ContainerInline container) return false;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            if (HasLink(child)) return true;
        return false;
    }

    private static StringBuilder Builder() => (_builder ??= new StringBuilder()).Clear();

    private static void AppendBlock(StringBuilder text, Block? block)
    {
        switch (block)
        {
            case LeafBlock leaf:
                Append(text, leaf.Inline);
                break;
            case ContainerBlock container:
                for (var i = 0; i < container.Count; i++)
                {
                    if (i > 0) text.Append(' ');
                    AppendBlock(text, container[i]);
                }
                break;
        }
    }

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
        return new string(collapsed[..Collapse(text, collapsed)]);
    }

    private static int Collapse(StringBuilder text, Span<char> collapsed)
    {
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
        return length;
    }
}
