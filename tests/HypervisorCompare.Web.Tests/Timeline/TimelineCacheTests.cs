
namespace HypervisorCompare.Web.Tests.Timeline;

/// <summary>The timeline's event outlines are kept per content version (<see cref="ModelCache"/>).</summary>
public sealed class TimelineCacheTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());
    private readonly SqlCommandCounter _counter = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Timeline_SecondFilterWithoutOutputCache_ReadsTheOutlinesOnlyOnce()
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        await client.GetStringAsync("/timeline");
        var firstCount = _counter.Count;
        _counter.Reset();

        var second = await client.GetStringAsync("/timeline?kind=release");

        Assert.Equal(firstCount - 1, _counter.Count);
        Assert.Contains("<li id=\"xen-1-0\"", second);
        Assert.DoesNotContain("<li id=\"xen-citrix\"", second);
    }

    [Fact]
    public async Task Timeline_SamePageTwiceWithoutOutputCache_RendersItAgainWithoutQueries()
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        var first = await client.GetStringAsync("/timeline?kind=release");
        _counter.Reset();

        var second = await client.GetStringAsync("/timeline?kind=release");

        Assert.Equal(0, _counter.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Timeline_SearchWithoutOutputCache_IsNotKeptAndQueriesEachTime()
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        await client.GetStringAsync("/timeline?q=xen");
        _counter.Reset();

        await client.GetStringAsync("/timeline?q=xen");

        Assert.True(_counter.Count > 0);
    }

    [Fact]
    public async Task Timeline_AfterANewDatabaseGoesLiveWithoutOutputCache_ListsTheNewEvents()
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        Assert.Contains("<li id=\"xen-1-0\"", await client.GetStringAsync("/timeline"));
        var declarations = Path.Combine(_site.Knowledge.ContentPath, "declarations.md");
        File.WriteAllText(declarations, File.ReadAllText(declarations).Replace("| xen-1-0 |", "| xen-one |"));
        Assert.True(_site.Knowledge.Ingest().Succeeded);

        var after = await client.GetStringAsync("/timeline");

        Assert.Contains("<li id=\"xen-one\"", after);
        Assert.DoesNotContain("<li id=\"xen-1-0\"", after);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/timeline/events/xen-1-0")).StatusCode);
    }
}
