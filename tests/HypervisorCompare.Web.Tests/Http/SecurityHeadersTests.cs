using System.Net;

namespace HypervisorCompare.Web.Tests.Http;

public sealed class SecurityHeadersTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private readonly SiteFactory _site = fixture.Site;

    /// <summary>Pages, API, static files, health, not-found pages, refusals and the error page.</summary>
    public static readonly TheoryData<string> Urls =
    [
        "/", "/compare", "/compare?h=xen&h=kvm&asof=2010", "/articles", "/articles/xen-notes", "/features", "/features/thp",
        "/api/hypervisors", "/compare.csv", "/healthz", "/app.css", "/favicon.svg", "/no/such/page", "/articles/nope",
        "/compare?" + string.Join('&', Enumerable.Repeat("h=xen", 10_000)), "/error",
    ];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await _site.CreateClient().GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/xen-notes")]
    [InlineData("/no/such/page")]
    public async Task HtmlPages_CarryTheirContentVersionInHeaderMetaAndFooter(string url)
    {
        var response = await _site.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        var version = Assert.Single(response.Headers.GetValues(SecurityHeaders.ContentVersionHeader));
        Assert.NotEqual("none", version);
        Assert.Contains($"<meta name=\"content-version\" content=\"{version}\" />", html);
        Assert.Contains($"Content version <code>{version}</code>", html);
    }

    [Fact]
    public async Task Https_OutsideDevelopment_SendsHsts()
    {
        var client = _site.CreateClient(new() { BaseAddress = new Uri("https://hypervisors.example/") });

        var response = await client.GetAsync("/");

        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Https_InDevelopment_SendsNoHsts()
    {
        using var development = new SiteFactory(TestKnowledge.Fixture(), "Development");
        var client = development.CreateClient(new() { BaseAddress = new Uri("https://hypervisors.example/") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeaderEvenOnItsOwnRefusals()
    {
        using var site = new SiteFactory(TestKnowledge.Fixture());
        var baseUrl = site.StartKestrel();
        using var http = new HttpClient();

        var page = await http.GetAsync(baseUrl + "/");
        var tooLong = await http.GetAsync(baseUrl + "/compare?q=" + new string('x', 100_000));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Server"));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, tooLong.StatusCode);
        Assert.False(tooLong.Headers.Contains("Server"));
    }
}
