using Bunit;

namespace HypervisorCompare.Web.Tests.Compare;

public class ComparisonTableTests : BunitContext
{
    [Fact]
    public void ComparisonTable_GroupsRowsInCollapsibleCategoriesWithTableSemantics()
    {
        var comparison = Facts.XenVersusKvm(new DateOnly(2011, 1, 1));

        var table = Render<ComparisonTable>(p => p.Add(c => c.Comparison, comparison).Add(c => c.Citations, CitationNumbers.For(comparison)));

        var details = table.Find("details#category-memory");
        Assert.True(details.HasAttribute("open"));
        Assert.Contains("Memory", details.QuerySelector("summary")!.TextContent);
        Assert.Equal(["Feature", "Xen", "KVM"], table.FindAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal("Same-page merging", table.Find("tbody th[scope=row]").TextContent);
        Assert.NotNull(table.Find("caption"));
        Assert.Equal(2, table.FindAll("tbody td").Count);
    }

    [Fact]
    public void ComparisonTable_WithTheFirstColumn_NamesWhoHadEachFeatureFirstAndLinksToTheLags()
    {
        var comparison = Facts.XenVersusKvm(new DateOnly(2011, 1, 1));

        var table = Render<ComparisonTable>(p => p.Add(c => c.Comparison, comparison).Add(c => c.Citations, CitationNumbers.For(comparison))
            .Add(c => c.Today, new DateOnly(2026, 11, 26)));

        Assert.Equal("First to full support", table.FindAll("thead th[scope=col]").Last().TextContent);
        var first = table.Find("td.first");
        Assert.Equal("KVM (3 Dec 2009) lags", System.Text.RegularExpressions.Regex.Replace(first.TextContent, @"\s+", " ").Trim());
        Assert.Equal("/features/ksm#parity", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(Render<ComparisonTable>(p => p.Add(c => c.Comparison, comparison).Add(c => c.Citations, CitationNumbers.For(comparison))).FindAll("td.first"));
    }

    [Fact]
    public void ComparisonTable_BetweenTwoDates_MarksEachChangedCellWithItsLaterLevel()
    {
        var comparison = Facts.XenVersusKvm(new DateOnly(2008, 12, 31));
        var changes = CellChanges.Compute(comparison, new DateOnly(2010, 12, 31));

        var table = Render<ComparisonTable>(p => p.Add(c => c.Comparison, comparison).Add(c => c.Citations, CitationNumbers.For(comparison)).Add(c => c.Changes, changes));

        var changed = Assert.Single(table.FindAll("td.changed"));
        Assert.Contains("changed-gained", changed.ClassName);
        Assert.Equal("By 31 Dec 2010: Yes, since Linux 2009-12-03, 3 Dec 2009", changed.QuerySelector(".change")!.TextContent.Trim());
        Assert.Contains("No", changed.QuerySelector(".level")!.TextContent);
    }
}
