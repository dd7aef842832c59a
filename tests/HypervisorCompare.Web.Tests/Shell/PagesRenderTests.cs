using System.Net;

namespace HypervisorCompare.Web.Tests.Shell;

public sealed class PagesRenderTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Home_ListsTheHypervisorsFromTheDatabase()
    {
        var html = await _site.CreateClient().GetStringAsync("/");

        Assert.Matches("<h3[^>]*><a href=\"/hypervisors/xen\"[^>]*>Xen</a></h3>", html);
        Assert.Matches("<h3[^>]*><a href=\"/hypervisors/kvm\"[^>]*>KVM</a></h3>", html);
    }

    [Fact]
    public async Task Compare_ShowsEachFeatureForXenAndKvm()
    {
        var html = await _site.CreateClient().GetStringAsync("/compare");

        Assert.Contains("Transparent huge pages", html);
        Assert.Contains("href=\"/articles/declarations#support-thp-kvm\"", html);
    }

    [Fact]
    public async Task UnknownPath_IsARealNotFoundPage()
    {
        var response = await _site.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }
}
