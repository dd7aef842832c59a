using System.Net;
using System.Xml.Linq;

namespace HypervisorCompare.Web.Tests.Compare;

public sealed class ChangesFeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Feed_ForOneHypervisor_HasEachDatedChangeOfItsCellsNewestFirst()
    {
        var response = await _site.CreateClient().GetAsync("/compare/changes.atom?h=kvm");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("HypervisorCompare support changes: KVM", feed.Element(Atom + "title")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["KVM: Transparent huge pages is yes", "KVM: Same-page merging is yes"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("2011-03-14T00:00:00Z", entries[0].Element(Atom + "published")!.Value);
        Assert.EndsWith("/features/thp#h-kvm", entries[0].Elements(Atom + "link").First(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.StartsWith("since Linux 2.6.38", entries[0].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public async Task Feed_ForAnUnknownHypervisor_IsABadRequestNamingTheKnownOnes()
    {
        var response = await _site.CreateClient().GetAsync("/compare/changes.atom?h=nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("known ids are xen, kvm", await response.Content.ReadAsStringAsync());
    }
}
