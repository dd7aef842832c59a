using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HypervisorCompare.Content.Markdown.GlossaryLinks;

/// <summary>
/// The AST pass that links the first use of each glossary term in an article to its entry. Headings, code,
/// links (including the links it makes) and anything that is not plain text are left untouched.
/// </summary>
public static class GlossaryLinker
{
    /// <summary>Links first uses in <paramref name="document"/>, in reading order.</summary>
    public static void Link(MarkdownDocument document, GlossaryIndex glossary)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<LeafBlock>())
            if (block is not HeadingBlock && block.Inline is { } inline) LinkIn(inline, glossary, used);
    }

    private static void LinkIn(ContainerInline container, GlossaryIndex glossary, HashSet<string> used)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline or GlossaryLinkInline:
                    break;
                case LiteralInline literal:
                    inline = LinkFirstUses(MergeFollowingLiterals(literal), glossary, used);
                    break;
                case ContainerInline child:
                    LinkIn(child, glossary, used);
                    break;
            }
        }
    }

    /// <summary>Markdig splits text at characters such as <c>_</c> and <c>[</c>; a term like "paravirt_ops" spans the pieces.</summary>
    private static LiteralInline MergeFollowingLiterals(LiteralInline literal)
    {
        while (literal.NextSibling is LiteralInline next)
        {
            literal.Content = new StringSlice(literal.Content.ToString() + next.Content.ToString());
            next.Remove();
        }
        return literal;
    }

    /// <summary>Splits the literal around each first use; returns the last inline it leaves in its place.</summary>
    private static Inline LinkFirstUses(LiteralInline literal, GlossaryIndex glossary, HashSet<string> used)
    {
        var text = literal.Content.ToString();
        var pieces = new List<Inline>();
        var done = 0;
        while (glossary.Find(text, done, t => !used.Contains(t.Id)) is { } found)
        {
            var (index, length, term) = found;
            used.Add(term.Id);
            if (index > done) pieces.Add(new LiteralInline(text[done..index]));
            var link = new GlossaryLinkInline(term);
            link.AppendChild(new LiteralInline(text.Substring(index, length)));
            pieces.Add(link);
            done = index + length;
        }
        if (pieces.Count == 0) return literal;
        if (done < text.Length) pieces.Add(new LiteralInline(text[done..]));
        Inline last = literal;
        foreach (var piece in pieces)
        {
            last.InsertAfter(piece);
            last = piece;
        }
        literal.Remove();
        return last;
    }
}
