using Bunit;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

public class SupportCellTests : BunitContext
{
    private IRenderedComponent<SupportCell> RenderCell(DateOnly asOf, int column)
    {
        var comparison = Facts.XenVersusKvm(asOf);
        var cell = comparison.Groups[0].Rows[0].Cells[column];
        return Render<SupportCell>(p => p.Add(c => c.Cell, cell).Add(c => c.Citations, CitationNumbers.For(comparison)));
    }

    [Fact]
    public void SupportCell_ShowsLevelAsTextSymbolAndColourClass()
    {
        var cell = RenderCell(new DateOnly(2011, 1, 1), column: 1);

        var td = cell.Find("td");
        Assert.Contains("level-yes", td.ClassName);
        Assert.Equal("✓ Yes", cell.Find(".level").TextContent.Trim());
    }

    [Fact]
    public void SupportCell_WritesSinceInWords()
    {
        var cell = RenderCell(new DateOnly(2011, 1, 1), column: 1);

        Assert.Equal("since Linux 2009-12-03, 3 Dec 2009", cell.Find(".period").TextContent);
    }

    [Fact]
    public void SupportCell_AsOfBeforeAChange_ShowsTheEarlierRow()
    {
        var cell = RenderCell(new DateOnly(2008, 6, 30), column: 1);

        Assert.Equal("✗ No", cell.Find(".level").TextContent.Trim());
        Assert.Equal("until 3 Dec 2009", cell.Find(".period").TextContent);
    }

    [Fact]
    public void SupportCell_LinksToTheArticleRowAndANumberedCitation()
    {
        var cell = RenderCell(new DateOnly(2011, 1, 1), column: 0);

        Assert.Equal("/articles/kvm#support-ksm-xen", cell.Find("a[title='Where the article says so']").GetAttribute("href"));
        Assert.Equal("#ref-1", cell.Find("a[href^='#ref-']").GetAttribute("href"));
        Assert.Equal("HVM only", cell.Find(".note").TextContent);
    }

    [Fact]
    public void SupportCell_WithSeveralPeriods_OffersTheHistory()
    {
        var cell = RenderCell(new DateOnly(2011, 1, 1), column: 1);

        var items = cell.FindAll(".history li").Select(li => li.TextContent).ToList();
        Assert.Equal(["No, until 3 Dec 2009", "Yes, since Linux 2009-12-03, 3 Dec 2009"], items);
    }

    [Fact]
    public void SupportCell_InheritedByAProduct_SaysFromWhichHypervisorAndLinksToItsRow()
    {
        var row = Facts.Support(3, "ksm", "kvm", SupportLevel.Yes, since: "2009-12-03");
        row.HypervisorId = "proxmox-ve";
        row.InheritedFrom = "kvm";
        var cell = ComparisonCell.From("proxmox-ve", [row], new DateOnly(2020, 1, 1));
        var comparison = Facts.XenVersusKvm(new DateOnly(2020, 1, 1));

        var rendered = Render<SupportCell>(p => p.Add(c => c.Cell, cell).Add(c => c.Citations, CitationNumbers.For(comparison))
            .Add(c => c.Names, new Dictionary<string, string> { ["kvm"] = "KVM" }));

        Assert.Contains("is-inherited", rendered.Find("td").ClassName);
        var link = rendered.Find(".inherited a");
        Assert.Equal(("KVM", "/articles/kvm#support-ksm-kvm"), (link.TextContent, link.GetAttribute("href")));
    }

    [Fact]
    public void SupportCell_StatedRow_IsNotMarkedInherited()
    {
        var cell = RenderCell(new DateOnly(2011, 1, 1), column: 1);

        Assert.DoesNotContain("is-inherited", cell.Find("td").ClassName);
        Assert.Empty(cell.FindAll(".inherited"));
    }
}
