using System.Net;
using HypervisorCompare.ContentGenerator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>Two synthetic content sets, ten times apart in size, each served by the site with a SQL command counter.</summary>
public sealed class GeneratedSites : IDisposable
{
    public GeneratedSites()
    {
        Small = Serve(0.02, SmallCounter);
        Larger = Serve(0.2, LargerCounter);
    }

    public SqlCommandCounter SmallCounter { get; } = new();
    public SqlCommandCounter LargerCounter { get; } = new();
    public WebApplicationFactory<Program> Small { get; }
    public WebApplicationFactory<Program> Larger { get; }
    private readonly List<IDisposable> _owned = [];

    private WebApplicationFactory<Program> Serve(double scale, SqlCommandCounter counter)
    {
        var knowledge = TestKnowledge.Fixture();
        SyntheticContent.Write(knowledge.ContentPath, ContentShape.At(scale)); // replaces the fixture articles
        var site = new SiteFactory(knowledge);
        var counted = counter.Watch(site, outputCache: false);
        _owned.AddRange([counted, site, knowledge]);
        return counted;
    }

    public void Dispose() => _owned.ForEach(o => o.Dispose());
}

public sealed class QueryCountTests(GeneratedSites sites) : IClassFixture<GeneratedSites>
{
    public static TheoryData<string> Urls =>
    [
        "/", "/compare?h=hv-001&h=hv-002", "/compare?h=hv-001&h=hv-002&diff=1&q=guest", "/articles", "/articles/history-001",
        "/articles/features-cat-01", "/features", "/features/feat-0001", "/timeline", "/timeline?h=hv-001&kind=release",
        "/timeline?page=2", "/timeline?q=memory&page=last", "/timeline/events/ev-000001",
        "/search?q=memory", "/hypervisors", "/hypervisors/hv-001", "/glossary", "/licences", "/licences/MIT",
        "/api/hypervisors", "/api/features", "/api/timeline", "/api/articles", "/api/compare?h=hv-001&h=hv-002",
        "/compare.csv?h=hv-001&h=hv-002", "/timeline.atom", "/timeline.ics", "/sitemap.xml",
    ];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Request_TenTimesMoreContent_RunsTheSameFewQueries(string url)
    {
        var small = await Count(sites.Small, sites.SmallCounter, url);
        var larger = await Count(sites.Larger, sites.LargerCounter, url);

        Assert.Equal(small, larger);
        // Pages that read only the read model run none.
        Assert.InRange(small, 0, 12);
    }

    [Fact]
    public async Task ReadModel_TenTimesMoreContent_LoadsWithTheSameFewQueries()
    {
        var small = await CountLoad(sites.Small, sites.SmallCounter);
        var larger = await CountLoad(sites.Larger, sites.LargerCounter);

        Assert.Equal(small, larger);
        Assert.InRange(small, 1, 10);
    }

    private static async Task<int> CountLoad(WebApplicationFactory<Program> site, SqlCommandCounter counter)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HypervisorContext>();
        counter.Reset();
        var model = await ReadModel.LoadAsync(db);
        Assert.NotEmpty(model.SupportRows);
        return counter.Count;
    }

    private static async Task<int> Count(WebApplicationFactory<Program> site, SqlCommandCounter counter, string url)
    {
        var client = site.CreateClient();
        // The read model is loaded through its own connection (not counted here; see ReadModel_...): this is what a
        // request costs on its own, which is all it costs after the first request of a generation.
        await client.GetAsync("/api/hypervisors");
        counter.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return counter.Count;
    }
}
