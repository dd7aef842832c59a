using HypervisorCompare.Content.Markdown.GlossaryLinks;
using HypervisorCompare.Content.Parsing;
using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content.Tests.Parsing;

public class ArticleParserTests
{
    private static ParsedArticle Parse(string body)
    {
        var diagnostics = new DiagnosticBag();
        var parsed = ArticleParser.Parse("content/a.md", "a", "---\ntitle: A\nsummary: B\n---\n" + body, diagnostics, TestLinks.Site);
        Assert.Empty(diagnostics.Items);
        ArticleParser.Render(parsed!, GlossaryIndex.Empty, TestLinks.Site);
        return parsed!;
    }

    [Fact]
    public void Parse_Headings_BecomeSectionsWithGitHubStyleAnchors()
    {
        var article = Parse("# Xen\n\n## Dom0 and domU\n\n### PV on HVM\n").Article;

        Assert.Equal(["xen", "dom0-and-domu", "pv-on-hvm"], article.Sections.Select(s => s.Anchor));
        Assert.Contains("<h2 id=\"dom0-and-domu\">", article.Html);
    }

    [Fact]
    public void Parse_Text_IsCutIntoBoundedPassagesThatEachNameTheirSection()
    {
        var rows = string.Concat(Enumerable.Range(1, 2000).Select(i => $"| row {i} | virtio memory paging {i} |\n"));
        var longParagraph = string.Join(' ', Enumerable.Repeat("word", 3000));
        var article = Parse($"Intro text.\n\n## Big table\n\n| A | B |\n|---|---|\n{rows}\n## Long paragraph\n\n{longParagraph}\n").Article;

        Assert.All(article.Passages, p => Assert.InRange(p.Text.Length, 1, HypervisorCompare.Content.Model.ArticlePassage.MaxChars));
        Assert.Equal(["", "big-table", "long-paragraph"], article.Passages.Select(p => p.Anchor).Distinct());
        Assert.True(article.Passages.Count(p => p.Anchor == "big-table") > 5);
        Assert.Contains(article.Passages, p => p.Text.Contains("virtio memory paging 2000"));
        Assert.Equal(3000, article.Passages.Where(p => p.Anchor == "long-paragraph").Sum(p => p.Text.Split(' ').Count(w => w == "word")));
    }

    [Fact]
    public void Parse_RawHtml_IsRenderedAsText()
    {
        var html = Parse("<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)>\n").Article.Html;

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Parse_GenericAttributesSyntax_IsNotInterpreted()
    {
        var html = Parse("# Title {onclick=alert(1)}\n\n[x](https://a.b){onmouseover=alert(1)}\n").Article.Html;

        Assert.DoesNotContain("onclick=\"", html);
        Assert.DoesNotContain("onmouseover=\"", html);
    }

    [Fact]
    public void Parse_EventLead_RendersAsTimeAndKindInsteadOfPipes()
    {
        var html = Parse("- 2003-10-02 | release | xen | x1 | **Xen 1.0.** Text <https://lwn.net/>\n").Article.Html;

        Assert.Contains("<li id=\"event-x1\" class=\"fact event\">", html);
        Assert.Contains("<time datetime=\"2003-10-02\">2 Oct 2003</time>", html);
        Assert.DoesNotContain("| release |", html);
    }

    [Fact]
    public void Parse_SupportRow_GetsItsAnchorInTheHtml()
    {
        var parsed = Parse("| Feature | Hypervisor | Support | Since | Until | Note | Sources |\n|---|---|---|---|---|---|---|\n| ksm | kvm | yes | | | | <https://lwn.net/> |\n");

        Assert.Contains("<tr id=\"support-ksm-kvm\" class=\"fact\">", parsed.Article.Html);
    }

    [Fact]
    public void Parse_ArticleLink_IsRewrittenToTheArticlesRoute()
    {
        var html = Parse("See [history](xen-history#origins).\n").Article.Html;

        Assert.Contains("href=\"/articles/xen-history#origins\"", html);
    }

    [Fact]
    public void Parse_FrontMatterDeclarations_GetAnchorsThatDoNotClashWithHeadings()
    {
        var diagnostics = new DiagnosticBag();
        var parsed = ArticleParser.Parse("content/a.md", "a", """
            ---
            title: A
            summary: B
            hypervisors:
              - id: xen
                name: Xen
                licences:
                  - component: toolstack libraries (libxc, libxl)
                    expression: LGPL-2.1-only
                  - component: toolstack libraries (libxc, libxl)
                    expression: GPL-2.0-only
                stewards:
                  - organisation: citrix
                    role: steward
            glossary:
              - id: dom0
                term: dom0
            ---
            ## Hypervisor Xen
            """, diagnostics, TestLinks.Site)!;

        var xen = parsed.FrontMatter.Hypervisors[0];
        Assert.Equal("hypervisor-xen-2", xen.Citation.Anchor);
        Assert.Equal(["component-licence-xen-toolstack-libraries-libxc-libxl", "component-licence-xen-toolstack-libraries-libxc-libxl-2"],
            xen.Licences.Select(l => l.Citation.Anchor));
        Assert.Equal("steward-xen-citrix-steward", xen.Stewards[0].Citation.Anchor);
        Assert.Equal("term-dom0", parsed.FrontMatter.Glossary[0].Citation.Anchor);
    }
}
