using System.Net;
using System.Text.Json;

namespace HypervisorCompare.Web.Tests.Api;

public sealed class ApiTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());

    public void Dispose() => _site.Dispose();

    private async Task<JsonElement> Get(string url)
    {
        var response = await _site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Hypervisors_ListsEachWithLicencesInCamelCase()
    {
        var json = await Get("/api/hypervisors");

        var xen = json.EnumerateArray().Single(h => h.GetProperty("id").GetString() == "xen");
        Assert.Equal(1, xen.GetProperty("type").GetInt32());
        Assert.Equal("2003-10", xen.GetProperty("firstRelease").GetString());
        Assert.Equal("GPL-2.0-only", xen.GetProperty("licences")[0].GetProperty("expression").GetString());
    }

    [Fact]
    public async Task Feature_SaysWhoHadItFirstAndHowFarTheOthersAreBehind()
    {
        var json = await Get("/api/features/ksm");

        var parity = json.GetProperty("parity").EnumerateArray().ToDictionary(p => p.GetProperty("hypervisor").GetString()!);
        Assert.Equal("first", parity["kvm"].GetProperty("standing").GetString());
        Assert.Equal("2009-12-03", parity["kvm"].GetProperty("yesSince").GetString());
        Assert.Equal("not-yet", parity["xen"].GetProperty("standing").GetString());
        Assert.StartsWith("not yet, ", parity["xen"].GetProperty("lag").GetString());
    }

    [Fact]
    public async Task Features_CarrySupportWithLevelSinceAndCitation()
    {
        var json = await Get("/api/features");

        var thp = json.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "thp");
        var kvm = thp.GetProperty("support").EnumerateArray().Single(s => s.GetProperty("hypervisor").GetString() == "kvm");
        Assert.Equal("yes", kvm.GetProperty("level").GetString());
        Assert.Equal("Linux 2.6.38", kvm.GetProperty("since").GetProperty("version").GetString());
        Assert.Equal("2011-03-14", kvm.GetProperty("since").GetProperty("date").GetString());
        Assert.Equal("/articles/declarations#support-thp-kvm", kvm.GetProperty("citation").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Timeline_IsSortedAndKeepsEachDatesPrecision()
    {
        var json = await Get("/api/timeline");

        Assert.Equal(["2003-10", "2007-10-22", "2009"], json.EnumerateArray().Select(e => e.GetProperty("date").GetString()));
        Assert.Equal(["month", "day", "year"], json.EnumerateArray().Select(e => e.GetProperty("precision").GetString()));
        Assert.True(json[2].GetProperty("approximate").GetBoolean());
    }

    [Fact]
    public async Task Articles_ListSlugsTitlesAndSummaries()
    {
        var json = await Get("/api/articles");

        Assert.Equal(["declarations", "xen-notes"], json.EnumerateArray().Select(a => a.GetProperty("slug").GetString()).Order());
    }
}
