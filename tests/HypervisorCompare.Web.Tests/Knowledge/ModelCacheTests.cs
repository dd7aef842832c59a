
namespace HypervisorCompare.Web.Tests.Knowledge;

public sealed class ModelCacheTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());
    private readonly SqlCommandCounter _counter = new();

    public void Dispose()
    {
        _site.Dispose();
        _site.Knowledge.Dispose();
    }

    [Fact]
    public async Task GetOrCreate_SameVersionAndKey_ComputesOnce()
    {
        var cache = new ModelCache();
        var computed = 0;
        Task<string> Create() => Task.FromResult($"value {++computed}");

        var first = await cache.GetOrCreateAsync("v1", "key", Create, _ => 1);
        var second = await cache.GetOrCreateAsync("v1", "key", Create, _ => 1);

        Assert.Equal("value 1", first);
        Assert.Same(first, second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public async Task GetOrCreate_AnotherVersion_NeverSeesTheOlderEntry()
    {
        var cache = new ModelCache();
        await cache.GetOrCreateAsync("v1", "key", () => Task.FromResult("from v1"), _ => 1);

        var newer = await cache.GetOrCreateAsync("v2", "key", () => Task.FromResult("from v2"), _ => 1);

        Assert.Equal("from v2", newer);
    }

    [Fact]
    public async Task GetOrCreate_AnswerLargerThanTheCache_IsServedButNotKept()
    {
        var cache = new ModelCache();

        var value = await cache.GetOrCreateAsync("v1", "huge", () => Task.FromResult("huge"), _ => ModelCache.SizeLimit + 1);

        Assert.Equal("huge", value);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Compare_SameComparisonTwiceWithoutOutputCache_SkipsTheMatrixQueriesTheSecondTime()
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        var first = await client.GetStringAsync("/compare?h=xen&h=kvm");
        var firstCount = _counter.Count;
        _counter.Reset();

        var second = await client.GetStringAsync("/compare?h=xen&h=kvm&diff=true");

        Assert.True(_counter.Count < firstCount, $"{_counter.Count} commands the second time, {firstCount} the first");
        Assert.Contains("Same-page merging", first);
        Assert.DoesNotContain("No feature matches", second);
    }

    [Fact]
    public async Task Compare_AfterANewDatabaseGoesLiveWithoutOutputCache_ShowsTheNewContent()
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        Assert.Contains("Same-page merging", await client.GetStringAsync("/compare"));
        var declarations = Path.Combine(_site.Knowledge.ContentPath, "declarations.md");
        File.WriteAllText(declarations, File.ReadAllText(declarations).Replace("Same-page merging", "Kernel same-page merging"));
        Assert.True(_site.Knowledge.Ingest().Succeeded);

        var after = await client.GetStringAsync("/compare");

        Assert.Contains("Kernel same-page merging", after);
        Assert.Contains("Kernel same-page merging", await client.GetStringAsync("/compare.csv"));
    }
}
