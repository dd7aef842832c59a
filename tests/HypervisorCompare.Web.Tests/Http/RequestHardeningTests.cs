using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HypervisorCompare.Web.Tests.Http;

/// <summary>Unknown ids, traversal, absurd and malformed query strings: a 400 or 404 page (or a notice), never a 500.</summary>
public sealed class RequestHardeningTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private readonly SiteFactory _site = fixture.Site;

    internal static readonly string Huge = "/compare?q=" + new string('x', 100 * 1024);
    internal static readonly string Many = "/compare?" + string.Join('&', Enumerable.Range(0, 10_000).Select(i => $"h{i}=x"));

    public static readonly TheoryData<string, HttpStatusCode> Refused = new()
    {
        { "/articles/no-such-article", HttpStatusCode.NotFound },
        { "/features/no-such-feature", HttpStatusCode.NotFound },
        { "/articles/..%2F..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound },
        { "/articles/%2e%2e%2f%2e%2e%2fappsettings.json", HttpStatusCode.NotFound },
        { "/articles/..%5C..%5Cappsettings.json", HttpStatusCode.NotFound },
        { "/articles/%252e%252e%252fappsettings.json", HttpStatusCode.NotFound },
        { "/articles/....//....//appsettings.json", HttpStatusCode.NotFound },
        { "/%2e%2e/%2e%2e/appsettings.json", HttpStatusCode.NotFound },
        { "/app.css/..%2F..%2Fappsettings.json", HttpStatusCode.NotFound },
        { "/articles/%FF%FE%C3%28", HttpStatusCode.NotFound },
        { "/features/%ED%A0%80", HttpStatusCode.NotFound },
        { Huge, HttpStatusCode.BadRequest },
        { Many, HttpStatusCode.BadRequest },
        { "/compare?" + string.Join('&', Enumerable.Repeat("h=xen", RequestLimits.MaxQueryParameters + 1)), HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task BadRequest_GetsAClearPageWithItsStatusAndNoStackTrace(string url, HttpStatusCode expected)
    {
        var response = await _site.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected == HttpStatusCode.NotFound ? "Page not found" : "Bad request", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Theory]
    [InlineData("/compare?h=%FF%FE&h=xen")]
    [InlineData("/compare?asof=%C3%28&support=xen:%ED%A0%80")]
    [InlineData("/compare?q=%00%01%02&category=%F0%9F%92%A9&diff=%FF")]
    [InlineData("/features?h=..%2F..&category=%3Cscript%3E&support=::::")]
    [InlineData("/compare.csv?h=%FF&asof=99999-99")]
    [InlineData("/api/compare?h=%C0%AE%C0%AE&asof=-1")]
    public async Task MalformedQueryValues_GetAPageOrANoticeNeverA500(string url)
    {
        var response = await _site.CreateClient().GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Kestrel refuses these before the app runs; what matters is that nothing crashes or leaks.</summary>
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0xC3, 0x28 })]
    [InlineData(new byte[] { (byte)'%', (byte)'0', (byte)'0' })]
    [InlineData(new byte[] { 0 })]
    [InlineData(new byte[] { (byte)'\t', (byte)'x' })]
    public async Task Kestrel_BytesNoUrlMayHaveInThePath_GetA400Or404(byte[] bytes)
    {
        using var site = new SiteFactory(TestKnowledge.Fixture());
        var address = new Uri(site.StartKestrel());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        byte[] request = [.. "GET /articles/"u8, .. bytes, .. " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"u8];
        await stream.WriteAsync(request);

        var response = Encoding.Latin1.GetString(await ReadAllAsync(stream));

        Assert.Matches("^HTTP/1.1 (400|404) ", response);
        Assert.DoesNotContain("Server:", response);
    }

    [Fact]
    public async Task ErrorPage_OutsideDevelopment_ShowsNoStackTrace()
    {
        // No valid content was ever built, so every page fails: the worst case a visitor could meet.
        var knowledge = TestKnowledge.Fixture();
        knowledge.Write("broken.md", "---\ntitle: [unclosed\n---\n");
        using var site = new SiteFactory(knowledge);

        var response = await site.CreateClient().GetAsync("/compare");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at HypervisorCompare.", body);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task ErrorPage_InDevelopment_ShowsTheException()
    {
        var knowledge = TestKnowledge.Fixture();
        knowledge.Write("broken.md", "---\ntitle: [unclosed\n---\n");
        using var site = new SiteFactory(knowledge, "Development");

        var body = await (await site.CreateClient().GetAsync("/compare")).Content.ReadAsStringAsync();

        Assert.Contains("InvalidOperationException", body);
    }

    private static async Task<byte[]> ReadAllAsync(NetworkStream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).WaitAsync(TimeSpan.FromSeconds(10));
        return buffer.ToArray();
    }
}
