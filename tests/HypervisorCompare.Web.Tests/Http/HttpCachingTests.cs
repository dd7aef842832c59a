using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace HypervisorCompare.Web.Tests.Http;

public sealed partial class HttpCachingTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());
    private readonly SqlCommandCounter _counter = new();

    public void Dispose()
    {
        _site.Dispose();
        _site.Knowledge.Dispose();
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/api/features")]
    public async Task Get_Content_HasAWeakETagOnTheContentVersionAndMustRevalidate(string url)
    {
        var response = await _site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag!;
        Assert.True(etag.IsWeak);
        Assert.Contains(_site.Services.GetRequiredService<KnowledgeDatabase>().Current()!.Version, etag.Tag);
        Assert.True(response.Headers.CacheControl!.NoCache);
    }

    [Fact]
    public async Task Get_IfNoneMatchCurrentETag_Answers304WithoutBodyOrQueries()
    {
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        var etag = (await client.GetAsync("/compare?h=xen")).Headers.ETag!;
        _counter.Reset();

        var request = new HttpRequestMessage(HttpMethod.Get, "/compare?h=xen");
        request.Headers.IfNoneMatch.Add(etag);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);
        Assert.Equal(0, _counter.Count);
    }

    [Fact]
    public async Task Get_ETagOfAnotherQuery_IsNotAMatch()
    {
        var client = _site.CreateClient();
        var etag = (await client.GetAsync("/compare?h=xen")).Headers.ETag!;

        var request = new HttpRequestMessage(HttpMethod.Get, "/compare?h=kvm");
        request.Headers.IfNoneMatch.Add(etag);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Get_SamePageTwiceWithOutputCache_RunsNoQueriesTheSecondTime()
    {
        var client = _counter.Watch(_site, outputCache: true).CreateClient();
        var first = await client.GetStringAsync("/compare");
        _counter.Reset();

        var second = await client.GetStringAsync("/compare");

        Assert.Equal(first, second);
        Assert.Equal(0, _counter.Count);
    }

    [Fact]
    public async Task Get_SamePageTwiceWithoutOutputCache_QueriesBothTimes()
    {
        // The glossary is not in the read model (ReadModelTests covers what is), so each render queries.
        var client = _counter.Watch(_site, outputCache: false).CreateClient();
        await client.GetStringAsync("/glossary");
        _counter.Reset();

        await client.GetStringAsync("/glossary");

        Assert.True(_counter.Count > 0);
    }

    [Fact]
    public async Task Get_AfterANewDatabaseGoesLive_ServesTheNewContentAndTheOldETagNoLongerMatches()
    {
        var client = _site.CreateClient();
        var before = await client.GetAsync("/compare");
        Assert.Contains("Same-page merging", await before.Content.ReadAsStringAsync());
        var declarations = Path.Combine(_site.Knowledge.ContentPath, "declarations.md");
        File.WriteAllText(declarations, File.ReadAllText(declarations).Replace("Same-page merging", "Kernel same-page merging"));
        Assert.True(_site.Knowledge.Ingest().Succeeded);

        var request = new HttpRequestMessage(HttpMethod.Get, "/compare");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Kernel same-page merging", await after.Content.ReadAsStringAsync());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/compare", "br", "text/html")]
    [InlineData("/api/timeline", "gzip", "application/json")]
    public async Task Get_ClientAcceptsCompression_GetsACompressedBody(string url, string encoding, string mediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await _site.CreateClient().SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_FingerprintedStylesheet_IsCachedForAYearAsImmutable()
    {
        var client = _site.CreateClient();
        var html = await client.GetStringAsync("/");
        var href = Stylesheet().Match(html).Groups[1].Value;
        Assert.NotEmpty(href);

        var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl!.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl.Extensions.Select(e => e.Name));
    }

    [Fact]
    public async Task Get_HealthCheck_IsNeitherCachedNorTagged()
    {
        var response = await _site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(/app\.[a-z0-9]+\.css)" """)]
    private static partial Regex Stylesheet();
}
