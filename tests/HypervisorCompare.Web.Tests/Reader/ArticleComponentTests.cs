using Bunit;

namespace HypervisorCompare.Web.Tests.Reader;

[Collection(RealKnowledgeCollection.Name)]
public sealed class ArticleComponentTests(RealKnowledge knowledge)
{
    private IRenderedComponent<ArticlePage> Render(ReadingBunit context, string slug)
    {
        var page = context.Render<ArticlePage>(p => p.Add(x => x.Slug, slug));
        page.WaitForElement(".article-body");
        return page;
    }

    [Fact]
    public void ArticlePage_SupportRow_LinksToItsComparisonRowAndHypervisor()
    {
        using var context = new ReadingBunit(knowledge);

        var row = Render(context, "features-io-devices").Find("tr#support-virtio-kvm");

        Assert.Equal(["/compare#f-virtio", "/hypervisors/kvm"], row.QuerySelectorAll("td a").Take(2).Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void ArticlePage_Event_LinksItsDateToTheTimeline()
    {
        using var context = new ReadingBunit(knowledge);

        var item = Render(context, "xen-history").Find("li.event");

        Assert.Equal($"/timeline/events/{item.Id!["event-".Length..]}", item.QuerySelector("a.fact-link")!.GetAttribute("href"));
    }

    [Fact]
    public void ArticlePage_GlossaryTerm_IsLinkedOnlyAtItsFirstUse()
    {
        using var context = new ReadingBunit(knowledge);

        var links = Render(context, "xen-architecture").FindAll(".article-body a.glossary-link");

        var dom0 = Assert.Single(links, a => a.GetAttribute("href") == "/glossary#dom0");
        Assert.Equal(links.Count, links.Select(a => a.GetAttribute("href")).Distinct().Count());
        Assert.Null(dom0.Closest("h1, h2, h3, h4, code"));
    }

    [Fact]
    public void ArticlePage_FrontMatterFacts_AreListedUnderTheAnchorsTheirCitationsUse()
    {
        using var context = new ReadingBunit(knowledge);
        using var db = knowledge.Open();
        var citations = db.ComponentLicences.Where(l => l.HypervisorId == "xen").Select(l => l.Citation).ToList()
            .Concat(db.Stewardships.Where(s => s.HypervisorId == "xen").Select(s => s.Citation).ToList()).ToList();

        var page = Render(context, "xen");

        Assert.All(citations, c => Assert.Equal("xen", c.ArticleSlug));
        Assert.All(citations, c => Assert.Single(page.FindAll($".declared-facts li[id='{c.Anchor}']")));
        Assert.Contains("GPL-2.0-only", page.Find("li#component-licence-xen-hypervisor").TextContent);
    }

    [Fact]
    public void DeclaredFacts_NoDeclarations_RendersNothing()
    {
        using var context = new Bunit.BunitContext();

        var box = context.Render<DeclaredFacts>(p => p.Add(x => x.Facts, Array.Empty<DeclaredFact>()));

        Assert.Empty(box.Markup.Trim());
    }
}
