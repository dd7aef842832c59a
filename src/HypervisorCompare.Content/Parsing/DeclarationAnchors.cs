using System.Text;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Parsing;

/// <summary>
/// Gives every front-matter declaration an anchor, so a licence or a steward cites a visible place like a table
/// row does: the article page lists its declared facts under these ids. Runs after the body is read, so
/// headings and body facts keep their anchors and a declaration takes a -2 suffix on a clash.
/// </summary>
internal static class DeclarationAnchors
{
    public static void Assign(FrontMatter frontMatter, ArticleContext context)
    {
        foreach (var h in frontMatter.Hypervisors)
        {
            Set(h, context, $"hypervisor-{h.Id}");
            foreach (var l in h.Licences) Set(l, context, $"component-licence-{h.Id}-{Slug(l.Component)}");
            foreach (var s in h.Stewards) Set(s, context, $"steward-{h.Id}-{s.OrganisationId}-{Slug(s.Role)}");
        }
        foreach (var o in frontMatter.Organisations) Set(o, context, $"organisation-{o.Id}");
        foreach (var l in frontMatter.Licences) Set(l, context, $"licence-{Slug(l.Id)}");
        foreach (var c in frontMatter.Categories) Set(c, context, $"category-{c.Id}");
        foreach (var f in frontMatter.Features) Set(f, context, $"feature-{f.Id}");
        foreach (var g in frontMatter.Glossary) Set(g, context, $"term-{g.Id}");
        foreach (var e in frontMatter.Eras) Set(e, context, $"era-{e.Id}");
    }

    private static void Set(ICited fact, ArticleContext context, string wanted) =>
        fact.Citation.Anchor = context.UniqueAnchor(wanted);

    /// <summary>"toolstack libraries (libxc, libxl)" becomes "toolstack-libraries-libxc-libxl".</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
