using System.Net;
using System.Text.Json;

namespace HypervisorCompare.Web.Tests.Api;

/// <summary>Every collection has its items; every API error is problem+json, never the HTML 404 page.</summary>
public sealed class ApiErrorTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Theory]
    [InlineData("/api/hypervisors/xen", "id", "xen")]
    [InlineData("/api/features/thp", "id", "thp")]
    [InlineData("/api/timeline/xen-1-0", "id", "xen-1-0")]
    [InlineData("/api/articles/declarations", "slug", "declarations")]
    public async Task Item_AnswersThatOneItem(string url, string key, string expected)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(expected, json.GetProperty(key).GetString());
    }

    [Theory]
    [InlineData("/api/hypervisors/nope")]
    [InlineData("/api/features/nope")]
    [InlineData("/api/timeline/nope")]
    [InlineData("/api/articles/nope")]
    [InlineData("/api/nope")]
    public async Task UnknownItemOrPath_IsA404ProblemDocument(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task UnknownHypervisor_ProblemNamesTheKnownIds()
    {
        var problem = JsonDocument.Parse(await (await _client.GetAsync("/api/hypervisors/nope")).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("Unknown hypervisor", problem.GetProperty("title").GetString());
        Assert.Equal("No hypervisor has the id \"nope\". Known ids: xen, kvm.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_IsA405ProblemDocument()
    {
        var response = await _client.PostAsync("/api/hypervisors", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/compare.csv", "compare-xen-kvm.csv")]
    [InlineData("/compare.csv?h=kvm&asof=2011", "compare-kvm-asof-2011.csv")]
    [InlineData("/compare.csv?h=xen&h=kvm&diff=1", "compare-xen-kvm-filtered.csv")]
    public async Task Csv_IsAnAttachmentNamedAfterTheView(string url, string fileName)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Compare_KeepsTheUrlsColumnOrder_WithTheOutputCacheOn()
    {
        var first = await _client.GetStringAsync("/compare.csv?h=kvm&h=xen");
        var second = await _client.GetStringAsync("/compare.csv?h=xen&h=kvm");
        var page = await _client.GetStringAsync("/compare?h=xen&h=kvm");

        Assert.StartsWith("feature,name,category,kvm level", first);
        Assert.StartsWith("feature,name,category,xen level", second);
        Assert.Contains("<title>Compare Xen vs KVM", page);
    }
}
