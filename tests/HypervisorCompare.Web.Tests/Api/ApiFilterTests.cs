using System.Net;
using System.Text.Json;

namespace HypervisorCompare.Web.Tests.Api;

/// <summary>The collections take their pages' filters; a value that names nothing is a 400 naming what there is.</summary>
public sealed class ApiFilterTests(FixtureSite fixture, RealContentSite real) : IClassFixture<FixtureSite>, IClassFixture<RealContentSite>
{
    private readonly HttpClient _client = fixture.Site.CreateClient();

    private static async Task<JsonElement> Json(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<string?> Ids(JsonElement array, string key = "id") => array.EnumerateArray().Select(e => e.GetProperty(key).GetString()).ToList();

    [Theory]
    [InlineData("", new[] { "xen-1-0", "xen-citrix", "eco-thing" })]
    [InlineData("?h=kvm", new[] { "eco-thing" })]
    [InlineData("?h=xen", new[] { "xen-1-0", "xen-citrix", "eco-thing" })]
    [InlineData("?kind=release&kind=acquisition", new[] { "xen-1-0", "xen-citrix" })]
    [InlineData("?from=2005&to=2008-06", new[] { "xen-citrix" })]
    [InlineData("?from=2009-06", new[] { "eco-thing" })]
    [InlineData("?q=citrix%20purchase", new[] { "xen-citrix" })]
    public async Task Timeline_KeepsWhatTheTimelinePagesFiltersKeep(string query, string[] expected)
    {
        Assert.Equal(expected, Ids(await Json(_client, "/api/timeline" + query)));
    }

    [Theory]
    [InlineData("/api/timeline?h=nope", "Unknown hypervisor 'nope'", "known: xen, kvm")]
    [InlineData("/api/timeline?kind=party", "Unknown event kind 'party'", "known: release")]
    [InlineData("/api/timeline?from=2007-13", "'from' must be a year, a month or a day", "")]
    [InlineData("/api/features?h=xen&h=nope", "Unknown hypervisor \"nope\"", "known ids are xen, kvm.")]
    [InlineData("/api/features?category=storage", "Unknown category \"storage\"", "known ids are memory.")]
    public async Task FilterValueThatNamesNothing_IsA400ProblemSayingWhatIsKnown(string url, string starts, string known)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith(starts, detail);
        Assert.Contains(known, detail);
    }

    [Fact]
    public async Task Features_ForSomeHypervisors_HaveOnlyTheirSupportAndParityRows()
    {
        var features = await Json(_client, "/api/features?h=kvm");

        Assert.Equal(["ksm", "thp"], Ids(features).Order());
        foreach (var feature in features.EnumerateArray())
        {
            Assert.Equal(["kvm"], Ids(feature.GetProperty("support"), "hypervisor"));
            Assert.Equal(["kvm"], Ids(feature.GetProperty("parity"), "hypervisor"));
        }
        // Parity is still measured against every hypervisor: KVM had same-page merging first of all.
        var ksm = features.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "ksm");
        Assert.Equal("first", ksm.GetProperty("parity")[0].GetProperty("standing").GetString());
    }

    [Fact]
    public async Task Features_OfSomeCategories_AreExactlyThoseOfTheWholeListInThem()
    {
        var client = real.Site.CreateClient();
        var all = (await Json(client, "/api/features?limit=500")).EnumerateArray().ToList();
        var categories = all.Select(f => f.GetProperty("category").GetString()!).Distinct().Take(2).ToList();
        Assert.Equal(2, categories.Count);

        var kept = await Json(client, $"/api/features?limit=500&category={categories[0]}&category={categories[1]}");

        Assert.Equal(all.Where(f => categories.Contains(f.GetProperty("category").GetString()!)).Select(f => f.GetProperty("id").GetString()), Ids(kept));
        Assert.True(Ids(kept).Count < all.Count);
    }
}
