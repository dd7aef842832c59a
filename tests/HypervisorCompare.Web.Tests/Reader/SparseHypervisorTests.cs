using System.Net;
using System.Text.Json;

namespace HypervisorCompare.Web.Tests.Reader;

/// <summary>
/// A hypervisor added with a profile and one support row: valid content, its other cells "not researched yet"
/// (distinct from a sourced unknown), listed in the one order (content's order, then name regardless of case).
/// </summary>
public sealed class SparseHypervisorTests : IDisposable
{
    private const string Sparse = """
        ---
        title: Two sparse hypervisors
        summary: Researched one fact at a time.
        hypervisors:
          - id: zed
            name: Zed
            type: 2
            summary: Invented.
            origin: Nowhere
            website: https://zed.example/
            sources: [https://zed.example/]
          - id: bhyve
            name: bhyve
            type: 2
            summary: FreeBSD's hypervisor.
            origin: FreeBSD
            website: https://bhyve.org/
            sources: [https://bhyve.org/]
        ---
        # Sparse

        | Feature | Hypervisor | Support | Since | Until | Note | Sources |
        |---|---|---|---|---|---|---|
        | thp | bhyve | unknown | | | | <https://bhyve.org/> |
        | ksm | zed | yes | zed 2.0 (2020-05-01) | | | <https://zed.example/2.0> |

        - 2020-05-01 | release | zed | zed-2-0 | **zed 2.0 is released.** It merges pages. <https://zed.example/2.0>
        """;

    private readonly SiteFactory _site;

    public SparseHypervisorTests()
    {
        var knowledge = TestKnowledge.Fixture();
        knowledge.Write("sparse.md", Sparse);
        _site = new SiteFactory(knowledge);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Compare_MissingRow_IsNotResearchedYet_NotASourcedUnknown()
    {
        var html = await _site.CreateClient().GetStringAsync("/compare?h=xen&h=bhyve");

        Assert.Contains("class=\"support not-researched\"", html);
        Assert.Contains("Not researched yet", html);
        Assert.Contains("support level-unknown", html); // bhyve's sourced unknown for thp
    }

    [Fact]
    public async Task Csv_MissingRow_IsWrittenAsNotResearched()
    {
        var csv = await _site.CreateClient().GetStringAsync("/compare.csv?h=bhyve");

        Assert.Contains("ksm,", csv);
        Assert.Contains(",not-researched,", csv);
        Assert.Contains(",unknown,", csv);
    }

    [Fact]
    public async Task Profile_SaysHowManyFeaturesAreResearched()
    {
        var html = await _site.CreateClient().GetStringAsync("/hypervisors/bhyve");

        Assert.Contains("1 of 2 features researched", html);
    }

    [Fact]
    public async Task Hypervisors_AreListedByContentOrderThenByNameIgnoringCase()
    {
        var json = JsonDocument.Parse(await _site.CreateClient().GetStringAsync("/api/hypervisors")).RootElement;

        Assert.Equal(["xen", "kvm", "bhyve", "zed"], json.EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Compare_WithoutHypervisors_ShowsThoseTheContentMarksAsDefault()
    {
        var html = await _site.CreateClient().GetStringAsync("/compare");

        Assert.Contains("<title>Compare Xen vs KVM", html);
    }

    [Fact]
    public async Task UnknownHypervisorProfile_Is404ListingTheKnownOnes()
    {
        var response = await _site.CreateClient().GetAsync("/hypervisors/nope");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("href=\"/hypervisors/bhyve\"", html);
        Assert.Contains("href=\"/hypervisors/xen\"", html);
    }

    [Theory]
    [InlineData("/compare?hv=xen", "Unknown parameter hv; did you mean h?")]
    [InlineData("/compare?category=zzz", "Ignored unknown category &quot;zzz&quot;")]
    [InlineData("/compare?asof=2099", "asof=2099 is in the future: showing today&#x27;s state.")]
    [InlineData("/compare?asof=1800-01-01", "year 1800 is out of range")]
    [InlineData("/features?hv=xen", "Unknown parameter hv; did you mean h?")]
    public async Task Compare_OddParameters_GetANoticeThatSaysWhy(string url, string notice)
    {
        var html = await _site.CreateClient().GetStringAsync(url);

        Assert.Contains(notice, html);
    }

    [Fact]
    public async Task Compare_UnknownCategory_IsIgnoredNotAnEmptyTable()
    {
        var html = await _site.CreateClient().GetStringAsync("/compare?category=zzz");

        Assert.Contains("id=\"f-thp\"", html);
    }

    [Fact]
    public async Task Compare_CellWhoseSinceNamesARelease_LinksToThatReleaseEvent()
    {
        var html = await _site.CreateClient().GetStringAsync("/compare?h=zed");

        Assert.Contains("<a class=\"release\" href=\"/timeline/events/zed-2-0\"", html);
    }

    [Fact]
    public async Task Profile_ListsTheReleaseSeriesFromTheReleaseEvents()
    {
        var html = await _site.CreateClient().GetStringAsync("/hypervisors/zed");

        Assert.Contains("id=\"release-zed-2-0\"", html);
        Assert.Contains("href=\"/timeline/events/zed-2-0\"", html);
    }
}
