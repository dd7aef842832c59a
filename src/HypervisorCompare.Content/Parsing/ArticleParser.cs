using System.Buffers;
using System.Text.RegularExpressions;
using HypervisorCompare.Content.Markdown.GlossaryLinks;
using HypervisorCompare.Content.Markdown.EventLeads;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Validation;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;

namespace HypervisorCompare.Content.Parsing;

/// <summary>
/// Parses one article once: front matter, sections, support tables and event lists. <see cref="Render"/> writes
/// its HTML once the whole content set is known (the glossary may be declared in any article).
/// </summary>
public static partial class ArticleParser
{
    /// <summary>Parses <paramref name="text"/>; returns null when the file cannot become an article (problems are in <paramref name="diagnostics"/>).</summary>
    public static ParsedArticle? Parse(string path, string fileSlug, string text, DiagnosticBag diagnostics, SiteLinks links)
    {
        var document = Markdig.Markdown.Parse(text, ContentPipeline.Instance);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock block)
        {
            diagnostics.Error(path, 1, 1, "missing front matter: start the file with a '---' line, YAML, and a closing '---' line");
            return null;
        }
        var frontMatter = ReadFrontMatter(path, block, diagnostics);
        if (frontMatter is null) return null;
        if (string.IsNullOrWhiteSpace(frontMatter.Title)) diagnostics.Error(path, block.Line + 1, 1, "front matter needs a 'title'");
        if (string.IsNullOrWhiteSpace(frontMatter.Summary)) diagnostics.Error(path, block.Line + 1, 1, "front matter needs a 'summary'");

        var context = new ArticleContext(path, frontMatter.Slug ?? fileSlug, links);
        var parsed = new ParsedArticle
        {
            Document = document,
            FrontMatter = frontMatter,
            Article = new Article
            {
                Slug = context.Slug,
                Title = frontMatter.Title ?? "",
                Summary = frontMatter.Summary ?? "",
                Path = path,
                About = frontMatter.About,
            },
        };
        Cite(frontMatter, context, block);
        ReadBody(document, context, parsed, diagnostics);
        DeclarationAnchors.Assign(frontMatter, context);
        return parsed;
    }

    private static FrontMatter? ReadFrontMatter(string path, YamlFrontMatterBlock block, DiagnosticBag diagnostics)
    {
        try
        {
            return FrontMatterReader.Read(block.Lines.ToString());
        }
        catch (YamlException e)
        {
            var located = e;
            while (located.InnerException is YamlException inner) located = inner;
            var reason = located.InnerException?.GetBaseException().Message ?? located.Message;
            diagnostics.Error(path, (int)located.Start.Line + block.Line + 1, (int)located.Start.Column, Explain(reason));
            return null;
        }
    }

    /// <summary>Front-matter positions are relative to the YAML; make them file positions in this article.</summary>
    private static void Cite(FrontMatter frontMatter, ArticleContext context, YamlFrontMatterBlock block)
    {
        IEnumerable<ICited> declared = [.. frontMatter.Hypervisors, .. frontMatter.Hypervisors.SelectMany(h => h.Licences),
            .. frontMatter.Hypervisors.SelectMany(h => h.Stewards), .. frontMatter.Organisations, .. frontMatter.Licences,
            .. frontMatter.Categories, .. frontMatter.Features, .. frontMatter.Glossary, .. frontMatter.Eras];
        foreach (var fact in declared)
        {
            fact.Citation.Line += block.Line + 1;
            fact.Citation.Path = context.Path;
            fact.Citation.ArticleSlug = context.Slug;
        }
        foreach (var hypervisor in frontMatter.Hypervisors)
        {
            hypervisor.Licences.ForEach(l => l.HypervisorId = hypervisor.Id);
            hypervisor.Stewards.ForEach(s => s.HypervisorId = hypervisor.Id);
        }
    }

    private static void ReadBody(MarkdownDocument document, ArticleContext context, ParsedArticle parsed, DiagnosticBag diagnostics)
    {
        var blocks = document.Descendants<Block>().ToList();
        foreach (var heading in blocks.OfType<HeadingBlock>()) context.ReserveAnchor(heading.GetAttributes().Id ?? "");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    context.Section = heading.GetAttributes().Id ?? "";
                    parsed.Article.Sections.Add(new ArticleSection
                    {
                        ArticleSlug = context.Slug, Anchor = context.Section, Title = InlineText.Of(heading),
                        Level = heading.Level, Order = parsed.Article.Sections.Count,
                    });
                    break;
                case Table table when SupportTableReader.IsSupportTable(table):
                    parsed.Support.AddRange(SupportTableReader.Read(table, context, diagnostics));
                    break;
                case ListItemBlock item when EventListReader.TryRead(item, context, diagnostics) is { } ev:
                    parsed.Events.Add(ev);
                    break;
            }
        }
        foreach (var block in blocks)
            if (block is LeafBlock { Inline: { } inline }) ReadArticleLinks(inline, context, parsed);
        parsed.Article.Passages = InlineText.Passages(blocks.OfType<LeafBlock>().Where(b => b is not YamlFrontMatterBlock), ArticlePassage.MaxChars);
    }

    /// <summary>Records and rewrites links to other articles, in document order (a hand-written walk: this visits every inline).</summary>
    private static void ReadArticleLinks(ContainerInline container, ArticleContext context, ParsedArticle parsed)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { IsImage: false } link && IsArticleLink(link.Url))
            {
                var (slug, anchor) = link.Url!.IndexOf('#') is var hash and >= 0 ? (link.Url[..hash], link.Url[(hash + 1)..]) : (link.Url, "");
                // "#anchor" is this article: pages have <base href="/">, so left as it is it would point at the home page.
                if (slug.Length == 0) slug = parsed.Article.Slug;
                parsed.Links.Add(new ArticleLink(slug, anchor, context.CitationAt(link)));
                link.Url = context.Links.Article(slug, anchor);
            }
            if (inline is ContainerInline children) ReadArticleLinks(children, context, parsed);
        }
    }

    /// <summary>
    /// A bare slug (<c>xen-history</c>, <c>xen#licences</c>) names another article and <c>#anchor</c> this one; anything
    /// with a scheme, a slash or a dot does not.
    /// </summary>
    private static bool IsArticleLink(string? url) =>
        url is { Length: > 1 } && url.AsSpan().IndexOfAny(NotInASlug) < 0;

    private static readonly SearchValues<char> NotInASlug = SearchValues.Create(":/.?");

    /// <summary>Links the first use of each glossary term, then renders the article's HTML.</summary>
    public static void Render(ParsedArticle parsed, GlossaryIndex glossary, SiteLinks links)
    {
        GlossaryLinker.Link(parsed.Document, glossary);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ContentPipeline.Instance.Setup(renderer);
        // Setup gives each HTML renderer its own object renderers: the site's links go to this render only.
        renderer.ObjectRenderers.FindExact<EventLeadRenderer>()!.Links = links;
        renderer.ObjectRenderers.FindExact<GlossaryLinkRenderer>()!.Links = links;
        renderer.Render(parsed.Document);
        parsed.Article.Html = writer.ToString();
    }

    /// <summary>Turns YamlDotNet's messages into an author's terms, without the position prefix (we print our own).</summary>
    private static string Explain(string message)
    {
        message = PositionPrefix().Replace(message, "");
        var unknown = UnknownProperty().Match(message);
        if (unknown.Success) return $"unknown key '{unknown.Groups[1].Value}' in {unknown.Groups[2].Value.ToLowerInvariant()}";
        if (message.StartsWith("No node deserializer was able to deserialize the node into type System.String", StringComparison.Ordinal))
            return "expected a single value here, not a list or mapping";
        if (NotANumber().Match(message) is { Success: true } number) return $"'{number.Groups[1].Value}' is not a whole number";
        return message.TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    [GeneratedRegex(@"Property '([^']+)' not found on type '(?:[\w.]+\.)?(\w+)'")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"^The input string '(.*)' was not in a correct format")]
    private static partial Regex NotANumber();
}
