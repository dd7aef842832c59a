using System.Net;

namespace HypervisorCompare.Web.Tests.Api;

/// <summary>Browser tools on any origin may read the API and its document (GET, HEAD, and the preflight), never with credentials.</summary>
public sealed class ApiCorsTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private const string Origin = "https://tool.example";
    private readonly HttpClient _client = fixture.Site.CreateClient();

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", Origin);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return _client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [Theory]
    [InlineData("/api/timeline?limit=1")]
    [InlineData("/api/hypervisors/xen")]
    [InlineData("/api/hypervisors/nope")]
    [InlineData("/api/compare")]
    [InlineData("/openapi/v1.json")]
    public async Task Get_FromAnotherOrigin_IsAllowed_AndExposesThePagingAndValidatorHeaders(string url)
    {
        var response = await Send(HttpMethod.Get, url);

        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        var exposed = Header(response, "Access-Control-Expose-Headers")!.Split(',');
        Assert.Subset(exposed.ToHashSet(StringComparer.OrdinalIgnoreCase), new HashSet<string>(["Link", "X-Total-Count", "ETag", "Last-Modified"], StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NotModified_CarriesTheCorsHeadersToo()
    {
        var first = await _client.GetAsync("/api/features");

        var again = await Send(HttpMethod.Get, "/api/features", ("If-None-Match", first.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal("*", Header(again, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/features")]
    [InlineData("/api/timeline/xen-1-0")]
    [InlineData("/openapi/v1.json")]
    public async Task Preflight_ForAGetWithAValidator_IsAllowed(string url)
    {
        var response = await Send(HttpMethod.Options, url, ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "if-none-match"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET,HEAD", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal("if-none-match", Header(response, "Access-Control-Allow-Headers"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task Preflight_ForAPost_AllowsNoMethod()
    {
        var response = await Send(HttpMethod.Options, "/api/features", ("Access-Control-Request-Method", "POST"));

        Assert.Null(Header(response, "Access-Control-Allow-Methods"));
    }

    [Theory]
    [InlineData("OPTIONS")]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task AnythingButAPreflight_OtherThanGetOrHead_IsStillA405Problem(string method)
    {
        var response = await Send(new HttpMethod(method), "/api/features");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/compare.csv")]
    [InlineData("/timeline.atom")]
    public async Task PagesExportsAndFeeds_AreNotOpenedToOtherOrigins(string url)
    {
        var response = await Send(HttpMethod.Get, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }
}
