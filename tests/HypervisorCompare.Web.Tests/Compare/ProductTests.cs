using System.Net;
using System.Text.Json;

namespace HypervisorCompare.Web.Tests.Compare;

/// <summary>
/// A product built on KVM that states one cell of its own: everywhere a cell is shown, its other cells are KVM's,
/// marked as inherited and linked to the row they come from; it gets a profile, lanes on demand, API and CSV.
/// </summary>
public sealed class ProductTests : IDisposable
{
    private const string Product = """
        ---
        title: Stackvisor
        summary: A product built on KVM.
        about: [stackvisor]
        hypervisors:
          - id: stackvisor
            name: Stackvisor VE
            built-on: kvm
            type: 1
            summary: A management layer over KVM.
            origin: Somewhere
            first-release: 2010-06
            website: https://stackvisor.example/
            sources: [https://stackvisor.example/]
        ---
        # Stackvisor

        ## Support

        | Feature | Hypervisor | Support | Since | Until | Note | Sources |
        |---|---|---|---|---|---|---|
        | ksm | stackvisor | no | Stackvisor VE 2.0 (2012-04-01) | | Its installer turns merging off. | <https://stackvisor.example/2.0> |

        ## Timeline

        - 2012-04-01 | release | stackvisor | stackvisor-2-0 | **Stackvisor VE 2.0 is released.** It turns merging off.
          <https://stackvisor.example/2.0>
        """;

    private readonly SiteFactory _site;

    public ProductTests()
    {
        var knowledge = TestKnowledge.Fixture();
        knowledge.Write("stackvisor.md", Product);
        _site = new SiteFactory(knowledge);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Compare_MixesAProductWithHypervisors_MarkingInheritedCellsAndLinkingThemToTheBaseRow()
    {
        var html = await _site.CreateClient().GetStringAsync("/compare?h=stackvisor&h=xen");

        Assert.Contains("Stackvisor VE<span class=\"built-on\"", html);
        Assert.Contains("on KVM</span>", html);
        // thp is not stated for the product: KVM's row, with KVM's citation.
        Assert.Matches("is-inherited[^>]*>(?s:(?!</td>).)*Inherited from <a href=\"/articles/declarations#support-thp-kvm\"[^>]*>KVM</a>", html);
        // ksm is stated: its own row, not inherited, linked to its release event.
        Assert.Matches("Stackvisor VE 2.0(?s:(?!</td>).)*href=\"/timeline/events/stackvisor-2-0\"", html);
    }

    [Fact]
    public async Task InheritedCell_NeverBeginsBeforeTheProductExisted()
    {
        var csv = await _site.CreateClient().GetStringAsync("/compare.csv?h=stackvisor");

        var ksm = csv.Split('\n').Single(l => l.StartsWith("ksm,", StringComparison.Ordinal));
        var thp = csv.Split('\n').Single(l => l.StartsWith("thp,", StringComparison.Ordinal));
        Assert.Contains("stackvisor inherited from", csv.Split('\n')[0]);
        Assert.StartsWith("ksm,Same-page merging,memory,no,Stackvisor VE 2.0 (2012-04-01),", ksm);
        Assert.EndsWith(",", ksm.TrimEnd('\r'));
        // KVM has had THP since Linux 2.6.38 (2011-03-14), after the product's first release: kept as KVM's.
        Assert.Contains(",yes,Linux 2.6.38 (2011-03-14),", thp);
        Assert.EndsWith(",kvm", thp.TrimEnd('\r'));
    }

    [Fact]
    public async Task Api_SaysWhichRowsAreInheritedAndWhatTheProductIsBuiltOn()
    {
        var client = _site.CreateClient();
        using var hypervisors = JsonDocument.Parse(await client.GetStringAsync("/api/hypervisors"));
        using var thp = JsonDocument.Parse(await client.GetStringAsync("/api/features/thp"));

        var product = hypervisors.RootElement.EnumerateArray().Single(h => h.GetProperty("id").GetString() == "stackvisor");
        Assert.Equal("kvm", product.GetProperty("builtOn").GetString());
        var row = thp.RootElement.GetProperty("support").EnumerateArray().Single(s => s.GetProperty("hypervisor").GetString() == "stackvisor");
        Assert.Equal(("kvm", "support-thp-kvm"), (row.GetProperty("inheritedFrom").GetString(), row.GetProperty("citation").GetProperty("anchor").GetString()));
        // Who had it first is asked of hypervisors: the product is not in the parity rows.
        Assert.DoesNotContain(thp.RootElement.GetProperty("parity").EnumerateArray(), p => p.GetProperty("hypervisor").GetString() == "stackvisor");
    }

    [Fact]
    public async Task Profile_NamesItsBase_CountsStatedAndInheritedCells_AndTheBaseListsItsProducts()
    {
        var client = _site.CreateClient();
        var product = await client.GetStringAsync("/hypervisors/stackvisor");
        var kvm = await client.GetStringAsync("/hypervisors/kvm");

        Assert.Contains("Built on</dt>", product);
        Assert.Matches("1 stated for Stackvisor VE itself; the other 1 are inherited from <a href=\"/hypervisors/kvm\"[^>]*>KVM</a>", product);
        Assert.Contains("href=\"/compare?h=stackvisor&amp;h=kvm#f-ksm\"", product);
        Assert.Contains("Stackvisor VE 2.0 is released", product);
        Assert.DoesNotContain("was first to full support on", product); // leading and following are asked of hypervisors
        Assert.Contains("was first to full support on", kvm);
        Assert.Contains("Products built on it</dt>", kvm);
        Assert.Matches("<a href=\"/hypervisors/stackvisor\"[^>]*>Stackvisor VE</a>", kvm);
    }

    [Fact]
    public async Task HypervisorList_ShowsProductsApartFromHypervisors()
    {
        var html = await _site.CreateClient().GetStringAsync("/hypervisors");

        Assert.True(html.IndexOf("id=\"products\"", StringComparison.Ordinal) < html.IndexOf("/hypervisors/stackvisor", StringComparison.Ordinal));
        Assert.True(html.IndexOf("/hypervisors/kvm", StringComparison.Ordinal) < html.IndexOf("id=\"products\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeline_GivesAProductALaneOnlyOnDemand_AndOtherwiseShowsItsEventsInTheSharedLane()
    {
        var client = _site.CreateClient();
        var byDefault = await client.GetStringAsync("/timeline");
        var onDemand = await client.GetStringAsync("/timeline?h=stackvisor&h=kvm");

        Assert.DoesNotContain(">Stackvisor VE</tspan>", byDefault);
        Assert.Contains("Stackvisor VE 2.0 is released", byDefault);
        Assert.Contains(">Stackvisor VE</tspan>", onDemand);
    }

    [Fact]
    public async Task FeaturePage_MarksTheProductsInheritedRow()
    {
        var response = await _site.CreateClient().GetAsync("/features/thp");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Inherited from KVM, which it is built on", html);
    }

    [Fact]
    public async Task ChangesFeed_OfAProductAndItsBase_KeepsTheirEntriesDistinctAndSaysWhichIsInherited()
    {
        var feed = System.Xml.Linq.XDocument.Parse(await _site.CreateClient().GetStringAsync("/compare/changes.atom?h=kvm&h=stackvisor"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";

        var ids = feed.Root!.Elements(atom + "entry").Select(e => (string)e.Element(atom + "id")!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var inherited = feed.Root.Elements(atom + "entry").Single(e => ((string)e.Element(atom + "title")!).StartsWith("Stackvisor VE: Transparent", StringComparison.Ordinal));
        Assert.EndsWith("Inherited from KVM.", (string)inherited.Element(atom + "summary")!);
    }
}
