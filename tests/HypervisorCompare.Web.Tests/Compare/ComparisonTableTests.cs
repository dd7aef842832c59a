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
}
