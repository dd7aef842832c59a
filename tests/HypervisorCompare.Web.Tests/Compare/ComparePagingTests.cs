using System.Net;
using System.Text.RegularExpressions;
using HypervisorCompare.ContentGenerator;

namespace HypervisorCompare.Web.Tests.Compare;

/// <summary>A generated set of 300 features in 6 categories of 50: a comparison of two pages of 250 and 50 rows.</summary>
public sealed partial class ComparePagingTests : IDisposable
{
    private readonly SiteFactory _site = Generated();

    private static SiteFactory Generated()
    {
        var knowledge = TestKnowledge.Fixture();
        SyntheticContent.Write(knowledge.ContentPath, ContentShape.At(0.3));
        return new SiteFactory(knowledge);
    }

    public void Dispose()
    {
        _site.Dispose();
        _site.Knowledge.Dispose();
    }

    private Task<string> Get(string url) => _site.CreateClient().GetStringAsync(url);

    private static List<string> Rows(string html) => RowIds().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Compare_LongComparison_ShowsTheFirstPageOfWholeCategoriesAndAPager()
    {
        var html = await Get("/compare?h=hv-001&h=hv-002");

        Assert.Equal(250, Rows(html).Count);
        Assert.Contains("Page 1 of 2: features 1–250 of 300.", html);
        Assert.Contains("href=\"/compare?h=hv-001&amp;h=hv-002&amp;page=2\"", html);
    }

    [Fact]
    public async Task Compare_SecondPage_ShowsTheRemainingRowsAndNoRowOfTheFirst()
    {
        var first = Rows(await Get("/compare?h=hv-001&h=hv-002"));

        var second = Rows(await Get("/compare?h=hv-001&h=hv-002&page=2"));

        Assert.Equal(50, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task Compare_PageBeyondTheLast_ShowsPageOneWithANotice()
    {
        var response = await _site.CreateClient().GetAsync("/compare?h=hv-001&h=hv-002&page=9");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("this comparison has 2 pages, so the first is shown.", html);
        Assert.Equal(250, Rows(html).Count);
    }

    [Fact]
    public async Task Compare_FilteredToOneCategory_IsOnePageWithoutPager()
    {
        var html = await Get("/compare?h=hv-001&h=hv-002&category=cat-01");

        Assert.Equal(50, Rows(html).Count);
        Assert.DoesNotContain("Comparison pages", html);
    }

    [Fact]
    public async Task CsvExport_LongComparison_HoldsEveryRowNotOnlyThePage()
    {
        var csv = await Get("/compare.csv?h=hv-001&h=hv-002&page=2");

        Assert.Equal(301, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [GeneratedRegex("<tr id=\"f-([^\"]+)\"")]
    private static partial Regex RowIds();
}
