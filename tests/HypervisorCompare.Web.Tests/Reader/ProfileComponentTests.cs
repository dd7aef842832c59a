using Bunit;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Reader;

[Collection(RealKnowledgeCollection.Name)]
public sealed class ProfileComponentTests(RealKnowledge knowledge)
{
    [Fact]
    public void HypervisorPage_Xen_ShowsEachComponentLicenceWithItsPeriodLinkedToTheLicencePage()
    {
        using var context = new ReadingBunit(knowledge);

        var page = context.Render<HypervisorPage>(p => p.Add(x => x.Id, "xen"));
        var rows = page.WaitForElements("#licences + .scroll-x table tbody tr");

        var xapi = rows.Where(r => r.QuerySelector("th")!.TextContent.StartsWith("XAPI toolstack")).Select(r => r.TextContent).ToList();
        Assert.Contains(xapi, r => r.Contains("LicenseRef-Proprietary") && r.Contains("until 2009"));
        Assert.Contains(xapi, r => r.Contains("LGPL-2.1-only") && r.Contains("2009 – present"));
        Assert.Contains(page.FindAll("#licences + .scroll-x table a"), a => a.GetAttribute("href") == "/licences/GPL-2.0-only");
    }

    [Fact]
    public void HypervisorPage_Kvm_SaysWhereItLedAndFollowedEachLinkingToTheFeaturesParity()
    {
        using var context = new ReadingBunit(knowledge);

        var page = context.Render<HypervisorPage>(p => p.Add(x => x.Id, "kvm"));
        var summary = page.WaitForElement("p.lead-summary");

        Assert.Matches(@"^KVM was first to full support on \d+ features that another hypervisor reached later or has not yet, and followed on \d+ features, a median of .+ after the first\.$",
            System.Text.RegularExpressions.Regex.Replace(summary.TextContent, @"\s+", " ").Trim());
        var led = page.FindAll("details.lead-list")[0].QuerySelectorAll("a");
        Assert.NotEmpty(led);
        Assert.All(led, a => Assert.Matches(@"^/features/[\w-]+#parity$", a.GetAttribute("href")!));
    }

    [Fact]
    public void HypervisorPage_Xen_ListsStewardsOverTimeEachCitingItsDeclaration()
    {
        using var context = new ReadingBunit(knowledge);

        var page = context.Render<HypervisorPage>(p => p.Add(x => x.Id, "xen"));
        var rows = page.WaitForElements("#stewards + .scroll-x table tbody tr");

        var citrix = rows.First(r => r.TextContent.Contains("Citrix") && r.TextContent.Contains("steward"));
        Assert.Contains("22 Oct 2007 – 15 Apr 2013", citrix.TextContent);
        Assert.Equal("/articles/xen#steward-xen-citrix-steward", citrix.QuerySelector("a.stated-in")!.GetAttribute("href"));
    }

    [Fact]
    public void HypervisorPage_Kvm_ShowsFeaturesItsTimelineAndArticlesAboutIt()
    {
        using var context = new ReadingBunit(knowledge);

        var page = context.Render<HypervisorPage>(p => p.Add(x => x.Id, "kvm"));
        page.WaitForElement(".key-features");

        Assert.Contains(page.FindAll(".key-features a"), a => a.GetAttribute("href") == "/compare#f-virtio");
        Assert.Contains(page.FindAll(".key-features a"), a => a.GetAttribute("href") == "/features/virtio");
        var latest = page.FindAll("#history + .timeline-excerpt .latest a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(latest);
        Assert.All(latest, href => Assert.StartsWith("/timeline/events/", href));
        Assert.Contains(page.FindAll("#articles + ul a"), a => a.GetAttribute("href") == "/articles/kvm");
    }

    [Fact]
    public void ProfileCard_ShowsTypeOriginFirstReleaseAndWhereItIsStated()
    {
        using var context = new BunitContext();
        var hypervisor = new Hypervisor
        {
            Id = "h", Name = "H", Type = 2, Origin = "A lab", FirstRelease = new PartialDate(2009, 10, null, Approximate: true),
            Website = "https://h.example/", Sources = [new("https://h.example/news", "News")],
            Citation = new Citation { ArticleSlug = "h-article", Anchor = "hypervisor-h" },
        };

        var card = context.Render<ProfileCard>(p => p.Add(x => x.Hypervisor, hypervisor));

        Assert.Equal(["Type 2 (hosted)", "A lab", "c. Oct 2009", "https://h.example/"], card.FindAll("dd").Take(4).Select(d => d.TextContent.Trim()));
        Assert.Equal("/articles/h-article#hypervisor-h", card.Find("a.stated-in").GetAttribute("href"));
        Assert.Equal("https://h.example/news", card.Find(".sources a").GetAttribute("href"));
    }

    [Fact]
    public void HypervisorPage_EveryFactItShows_LinksToItsSentenceAndASource()
    {
        using var context = new ReadingBunit(knowledge);

        var page = context.Render<HypervisorPage>(p => p.Add(x => x.Id, "xen"));
        page.WaitForElement(".key-features");

        var facts = page.FindAll("#profile, table.facts:not(.key-features) tbody tr, .key-features td.support");
        Assert.True(facts.Count > 50, $"{facts.Count} facts");
        Assert.All(facts, f => Assert.StartsWith("/articles/", f.QuerySelector("a[title='Where the article says so']")?.GetAttribute("href")));
        Assert.All(facts, f => Assert.Contains(f.QuerySelectorAll("a[href^='http']"), a => a.GetAttribute("rel")?.Contains("external") == true));
    }

    [Fact]
    public void LicenceExpression_LinksLicencesButNotOperatorsOrExceptions()
    {
        using var context = new BunitContext();

        var expression = context.Render<LicenceExpression>(p => p.Add(x => x.Expression, "(GPL-2.0-only WITH Linux-syscall-note) AND MIT"));

        Assert.Equal(["/licences/GPL-2.0-only", "/licences/MIT"], expression.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("( GPL-2.0-only WITH Linux-syscall-note ) AND MIT", string.Join(' ', expression.Find(".licence-expression").TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
