using System.Net;
using System.Text.Json;

namespace HypervisorCompare.Web.Tests.Api;

/// <summary>Every collection is paged by limit and page, with the total and links to the other pages in headers.</summary>
public sealed class ApiPagingTests(RealContentSite real) : IClassFixture<RealContentSite>
{
    private readonly HttpClient _client = real.Site.CreateClient();

    private async Task<List<string>> WalkAsync(string first, string key)
    {
        var ids = new List<string>();
        int? total = null;
        for (var url = first; url is not null;)
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var count = ApiLinks.TotalCount(response);
            Assert.Equal(total ?? count, count);
            total = count;
            ids.AddRange(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(e => e.GetProperty(key).GetString()!));
            url = ApiLinks.Of(response).GetValueOrDefault("next");
        }
        Assert.Equal(total, ids.Count);
        return ids;
    }

    private async Task<List<string>> AllAsync(string url, string key) =>
        JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement.EnumerateArray().Select(e => e.GetProperty(key).GetString()!).ToList();

    [Theory]
    [InlineData("/api/hypervisors?limit=2", "/api/hypervisors?limit=500", "id")]
    [InlineData("/api/features?limit=7", "/api/features?limit=500", "id")]
    [InlineData("/api/timeline?limit=50", "/api/timeline?limit=500", "id")]
    [InlineData("/api/timeline?h=kvm&kind=release&limit=9", "/api/timeline?h=kvm&kind=release&limit=500", "id")]
    [InlineData("/api/articles?limit=3", "/api/articles?limit=500", "slug")]
    public async Task WalkingTheNextLinks_GivesEveryItemExactlyOnceInOrder_AndTheTotalMatches(string first, string whole, string key)
    {
        var walked = await WalkAsync(first, key);

        Assert.Equal(await AllAsync(whole, key), walked);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.True(walked.Count > 1);
    }

    [Fact]
    public async Task Timeline_WithoutALimit_AnswersTheFirst100_AndLinksToTheRest()
    {
        var response = await _client.GetAsync("/api/timeline");

        var events = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(100, events.GetArrayLength());
        Assert.True(ApiLinks.TotalCount(response) > 100);
        Assert.Equal("/api/timeline?page=2", ApiLinks.Of(response)["next"]);
    }

    [Fact]
    public async Task Links_KeepTheFiltersAndLimit_AndNameFirstPrevNextAndLast()
    {
        var response = await _client.GetAsync("/api/timeline?h=kvm&kind=release&q=qemu&limit=2&page=2");

        var links = ApiLinks.Of(response);
        var last = (ApiLinks.TotalCount(response) + 1) / 2;
        Assert.Equal("/api/timeline?h=kvm&kind=release&q=qemu&limit=2&page=1", links["first"]);
        Assert.Equal("/api/timeline?h=kvm&kind=release&q=qemu&limit=2&page=1", links["prev"]);
        Assert.Equal("/api/timeline?h=kvm&kind=release&q=qemu&limit=2&page=3", links["next"]);
        Assert.Equal($"/api/timeline?h=kvm&kind=release&q=qemu&limit=2&page={last}", links["last"]);
    }

    [Fact]
    public async Task PagePastTheEnd_IsAnEmptyArray_WithTheTotalAndLinksBack()
    {
        var response = await _client.GetAsync("/api/hypervisors?limit=2&page=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
        var links = ApiLinks.Of(response);
        var last = (ApiLinks.TotalCount(response) + 1) / 2;
        Assert.Equal($"/api/hypervisors?limit=2&page={last}", links["prev"]);
        Assert.Equal(links["last"], links["prev"]);
        Assert.False(links.ContainsKey("next"));
    }

    [Fact]
    public async Task AFilterThatKeepsNothing_IsOneEmptyPage()
    {
        var response = await _client.GetAsync("/api/timeline?q=zzzznotaword");

        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, ApiLinks.TotalCount(response));
        Assert.Equal("/api/timeline?q=zzzznotaword&page=1", ApiLinks.Of(response)["last"]);
    }

    [Theory]
    [InlineData("/api/hypervisors?limit=0", "limit")]
    [InlineData("/api/features?limit=501", "limit")]
    [InlineData("/api/timeline?limit=-1", "limit")]
    [InlineData("/api/articles?limit=ten", "limit")]
    [InlineData("/api/articles?limit=2.5", "limit")]
    [InlineData("/api/timeline?limit=10&limit=20", "limit")]
    [InlineData("/api/hypervisors?page=0", "page")]
    [InlineData("/api/timeline?page=last", "page")]
    [InlineData("/api/features?page=99999999999", "page")]
    public async Task LimitOrPageThatIsNotAllowed_IsA400ProblemNamingTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.StartsWith(parameter + " must be", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheMaximumLimit_IsAllowed()
    {
        var response = await _client.GetAsync("/api/timeline?limit=500");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Math.Min(500, ApiLinks.TotalCount(response)), JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
    }
}
