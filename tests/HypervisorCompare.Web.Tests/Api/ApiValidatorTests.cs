using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace HypervisorCompare.Web.Tests.Api;

/// <summary>
/// Every API answer can be revalidated: a weak ETag that differs between pages and filters, and a Last-Modified of the
/// generation (or the site's start, or midnight), each answered with 304 when still current.
/// </summary>
public sealed class ApiValidatorTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = fixture.Site.CreateClient();

    public static TheoryData<string> Urls =>
    [
        "/api/hypervisors", "/api/hypervisors/xen", "/api/features?h=kvm", "/api/features/thp", "/api/timeline?kind=release",
        "/api/timeline/xen-1-0", "/api/articles?limit=1&page=2", "/api/articles/declarations", "/api/compare?h=xen", "/openapi/v1.json",
    ];

    private Task<HttpResponseMessage> Send(string url, Action<HttpRequestHeaders> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        headers(request.Headers);
        return _client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Answer_WithItsETag_IsNotModified(string url)
    {
        var first = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var again = await Send(url, h => h.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Answer_SinceItsLastModified_IsNotModified_AndSinceASecondEarlierIsSentAgain(string url)
    {
        var first = await _client.GetAsync(url);
        var lastModified = first.Content.Headers.LastModified!.Value;

        var same = await Send(url, h => h.IfModifiedSince = lastModified);
        var earlier = await Send(url, h => h.IfModifiedSince = lastModified.AddSeconds(-1));

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await earlier.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LastModified_OnADayAfterTheIngest_IsThatDaysMidnight_ButOnTheIngestsDayTheIngest()
    {
        // "Today" on each side of the ingest: long after it, and a day the generation (written as the site starts, after
        // this process did) is later than.
        var later = new FixedClock(new DateOnly(2100, 1, 1));
        using var site = new SiteFactory(TestKnowledge.Fixture(), configure: b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(later)));
        using var earlier = new SiteFactory(TestKnowledge.Fixture(), configure: b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new FixedClock(new DateOnly(2000, 1, 1)))));

        var afterwards = await site.CreateClient().GetAsync("/api/hypervisors");
        var sameDay = await earlier.CreateClient().GetAsync("/api/hypervisors");

        Assert.Equal(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), afterwards.Content.Headers.LastModified);
        var written = earlier.Services.GetRequiredService<KnowledgeDatabase>().Current()!.WrittenAt;
        Assert.Equal(written.AddTicks(-(written.Ticks % TimeSpan.TicksPerSecond)), sameDay.Content.Headers.LastModified);
    }

    [Fact]
    public async Task IfNoneMatch_ThatDoesNotMatch_WinsOverACurrentIfModifiedSince()
    {
        var first = await _client.GetAsync("/api/hypervisors");

        var again = await Send("/api/hypervisors", h =>
        {
            h.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\"", isWeak: true));
            h.IfModifiedSince = first.Content.Headers.LastModified;
        });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task ETag_NamesTheRunningBuild_SoAnAnswerADeployChangedIsNotAnsweredFromAnOldBody()
    {
        var response = await _client.GetAsync("/api/hypervisors");

        Assert.Contains("." + typeof(Program).Assembly.ManifestModule.ModuleVersionId.ToString("n")[..8] + ".", response.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("/api/timeline?limit=1&page=1", "/api/timeline?limit=1&page=2")]
    [InlineData("/api/timeline?limit=1", "/api/timeline?limit=2")]
    [InlineData("/api/features?h=xen", "/api/features?h=kvm")]
    [InlineData("/api/features", "/api/features?category=memory")]
    public async Task ETag_DiffersBetweenPagesAndFiltersOfOneCollection(string one, string other)
    {
        var a = await _client.GetAsync(one);
        var b = await _client.GetAsync(other);

        Assert.NotEqual(a.Headers.ETag, b.Headers.ETag);
        var stale = await Send(other, h => h.IfNoneMatch.Add(a.Headers.ETag!));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Theory]
    [InlineData(2026, 12, 4, 10, 0, 0, 2026, 12, 4, 9, 30, 0, "2026-12-04T09:30:00")]
    [InlineData(2026, 12, 4, 10, 0, 0, 2026, 12, 1, 9, 30, 0, "2026-12-04T00:00:00")]
    public void LastModified_IsTheGenerationOrMidnight_WhicheverIsLater_ToTheSecond(
        int y, int mo, int d, int h, int mi, int s, int wy, int wmo, int wd, int wh, int wmi, int ws, string expected)
    {
        var now = new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.Zero);
        var written = new DateTimeOffset(wy, wmo, wd, wh, wmi, ws, TimeSpan.Zero).AddMilliseconds(750);

        Assert.Equal(DateTimeOffset.Parse(expected + "Z", System.Globalization.CultureInfo.InvariantCulture), ContentETags.LastModified(written, now));
    }
}
