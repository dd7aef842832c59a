using System.Net;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>
/// The read model is read once per generation: without the output cache, pages that need only it run no query, and a
/// new generation going live is seen by the next request.
/// </summary>
public sealed class ReadModelTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());
    private readonly SqlCommandCounter _counter = new();

    public void Dispose()
    {
        _site.Dispose();
        _site.Knowledge.Dispose();
    }

    [Theory]
    [InlineData("/compare?h=xen&h=kvm&diff=true")]
    [InlineData("/compare.csv?h=xen")]
    [InlineData("/api/features")]
    [InlineData("/api/timeline?kind=release&limit=1&page=2")]
    [InlineData("/api/timeline/xen-1-0")]
    [InlineData("/features/ksm")]
    public async Task Page_ThatNeedsOnlyTheReadModel_RunsNoQueryOnceTheGenerationIsLoaded(string url)
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        await client.GetStringAsync("/compare");
        _counter.Reset();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(url.StartsWith("/features/", StringComparison.Ordinal) ? 1 : 0, _counter.Count); // a feature's related events are a search
    }

    [Theory]
    [InlineData("/timeline?kind=release", "xen-1-0", "xen-citrix")]
    [InlineData("/timeline?q=citrix", "xen-citrix", "xen-1-0")]
    [InlineData("/timeline/events/xen-1-0", "xen-1-0", "xen-citrix")]
    [InlineData("/timeline.atom?kind=acquisition", "xen-citrix", "xen-1-0")]
    public async Task Timeline_AnyFilterSearchOrEvent_RunsNoQuery(string url, string listed, string left)
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        await client.GetStringAsync("/timeline");
        _counter.Reset();

        var body = await client.GetStringAsync(url);

        Assert.Equal(0, _counter.Count);
        Assert.Contains(listed, body);
        Assert.DoesNotContain(left, body);
    }

    [Fact]
    public async Task NewGeneration_GoingLiveWithoutOutputCache_IsSeenByThePagesTheExportsAndTheTimeline()
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        Assert.Contains("Same-page merging", await client.GetStringAsync("/compare"));
        Assert.Contains("<li id=\"xen-1-0\"", await client.GetStringAsync("/timeline"));
        var declarations = Path.Combine(_site.Knowledge.ContentPath, "declarations.md");
        File.WriteAllText(declarations, File.ReadAllText(declarations).Replace("Same-page merging", "Kernel same-page merging").Replace("| xen-1-0 |", "| xen-one |"));
        Assert.True(_site.Knowledge.Ingest().Succeeded);

        Assert.Contains("Kernel same-page merging", await client.GetStringAsync("/compare"));
        Assert.Contains("Kernel same-page merging", await client.GetStringAsync("/compare.csv"));
        var timeline = await client.GetStringAsync("/timeline");
        Assert.Contains("<li id=\"xen-one\"", timeline);
        Assert.DoesNotContain("<li id=\"xen-1-0\"", timeline);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/timeline/events/xen-1-0")).StatusCode);
    }
}
