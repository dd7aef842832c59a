using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

public sealed class ComparisonPagesTests
{
    /// <summary>A one-hypervisor comparison whose categories have the given numbers of rows.</summary>
    private static Comparison WithCategories(params int[] rows)
    {
        var kvm = new Hypervisor { Id = "kvm", Name = "KVM" };
        var groups = rows.Select((count, c) => new ComparisonGroup(
            new Category { Id = $"cat-{c}", Name = $"Category {c}" },
            Enumerable.Range(0, count).Select(f => new ComparisonRow(
                new Feature { Id = $"f-{c}-{f}", Name = $"Feature {c}.{f}", CategoryId = $"cat-{c}" },
                [ComparisonCell.From("kvm", [], new DateOnly(2026, 1, 1))])).ToList())).ToList();
        return new Comparison([kvm], groups, new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void Split_ComparisonWithinOnePage_IsOnePageWithEveryCategory()
    {
        var pages = ComparisonPages.Split(WithCategories(10, 20, 30), pageSize: 100);

        Assert.Equal(1, pages.Count);
        Assert.Equal(3, pages.Pages[0].Count);
    }

    [Fact]
    public void Split_LongComparison_GathersWholeCategoriesUpToThePageSize()
    {
        var pages = ComparisonPages.Split(WithCategories(40, 40, 40, 40, 40), pageSize: 100);

        Assert.Equal([2, 2, 1], pages.Pages.Select(p => p.Count));
        Assert.Equal(81, pages.FirstRow(2));
        Assert.Equal(160, pages.LastRow(2));
        Assert.Equal(200, pages.LastRow(3));
    }

    [Fact]
    public void Split_CategoryLongerThanAPage_IsAPageOfItsOwn()
    {
        var pages = ComparisonPages.Split(WithCategories(10, 300, 10), pageSize: 100);

        Assert.Equal([10, 300, 10], pages.Pages.Select(p => p.Sum(g => g.Rows.Count)));
    }

    [Fact]
    public void Split_EmptyComparison_IsOneEmptyPage()
    {
        var pages = ComparisonPages.Split(WithCategories());

        Assert.Equal(1, pages.Count);
        Assert.Empty(pages.Page(WithCategories(), 1).Groups);
    }

    [Fact]
    public void Page_SecondPage_HoldsOnlyItsCategories()
    {
        var comparison = WithCategories(60, 60, 60);
        var pages = ComparisonPages.Split(comparison, pageSize: 100);

        var second = pages.Page(comparison, 2);

        Assert.Equal(["cat-1"], second.Groups.Select(g => g.Category.Id));
    }
}
