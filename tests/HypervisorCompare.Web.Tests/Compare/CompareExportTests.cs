using System.Net;
using System.Text.Json;

namespace HypervisorCompare.Web.Tests.Compare;

public sealed class CompareExportTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Csv_HasOneRowPerShownFeatureWithEachHypervisorsColumns()
    {
        var csv = await _site.CreateClient().GetStringAsync("/compare.csv?h=kvm&h=xen&support=kvm:yes");

        var lines = csv.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("feature,name,category,kvm level,kvm since,kvm until,kvm note,kvm sources,xen level,xen since,xen until,xen note,xen sources", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("ksm,Same-page merging,memory,yes,Linux 2.6.32 (2009-12-03),,,https://kernelnewbies.org/Linux_2_6_32,no", lines[1]);
    }

    [Fact]
    public async Task Csv_AsOfBeforeAFeatureExisted_ReflectsThatDate()
    {
        var csv = await _site.CreateClient().GetStringAsync("/compare.csv?asof=2005&category=memory");

        Assert.Contains("thp,Transparent huge pages,memory,partial", csv);
        Assert.Contains(",unknown,", csv);
    }

    [Fact]
    public async Task Json_MatchesTheScreenFilters()
    {
        var json = JsonDocument.Parse(await _site.CreateClient().GetStringAsync("/api/compare?diff=1&asof=2010-01")).RootElement;

        Assert.Equal("2010-01-31", json.GetProperty("asOf").GetString());
        Assert.Equal(["xen", "kvm"], json.GetProperty("hypervisors").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(["ksm", "thp"], json.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task Csv_WithTheFirstColumn_NamesWhoHadEachFeatureFirstAndSince()
    {
        var csv = (await _site.CreateClient().GetStringAsync("/compare.csv?first=1")).Split('\n');

        var header = csv[0].Trim().Split(',');
        Assert.Equal(["first to full support", "first since"], header[^2..]);
        Assert.EndsWith(",kvm,2009-12-03", csv.Single(l => l.StartsWith("ksm,")).Trim());
    }

    [Fact]
    public async Task Exports_BetweenTwoDates_CarryEachCellsLaterLevel()
    {
        var client = _site.CreateClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/compare?asof=2008&vs=2010")).RootElement;
        var response = await client.GetAsync("/compare.csv?asof=2008&vs=2010");
        var csv = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("2010-12-31", json.GetProperty("vs").GetString());
        var change = Assert.Single(json.GetProperty("changes").EnumerateArray());
        Assert.Equal(("ksm", "kvm", "unknown", "yes", "gained"), (change.GetProperty("feature").GetString(), change.GetProperty("hypervisor").GetString(),
            change.GetProperty("from").GetString(), change.GetProperty("to").GetString(), change.GetProperty("kind").GetString()));
        Assert.Contains("kvm level on 2010-12-31", csv[0]);
        Assert.Contains("-asof-2008-vs-2010.csv", response.Content.Headers.ContentDisposition!.FileName);
        var ksm = csv.Single(l => l.StartsWith("ksm,")).Split(',');
        var column = Array.IndexOf(csv[0].Split(','), "kvm level on 2010-12-31");
        Assert.Equal("yes", ksm[column]);
    }

    [Theory]
    [InlineData("/compare.csv?asof=2011-13")]
    [InlineData("/api/compare?h=nope")]
    [InlineData("/api/compare?support=kvm:maybe")]
    public async Task Export_MalformedQuery_IsABadRequestWithTheReason(string url)
    {
        var response = await _site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("Ignored|Unknown", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Csv_NeutralisesSpreadsheetFormulas()
    {
        _site.Knowledge.Write("formula.md", "---\ntitle: F\nsummary: F\n---\n| Feature | Hypervisor | Support | Since | Until | Note | Sources |\n|---|---|---|---|---|---|---|\n| thp | kvm | yes | | 2000 | =HYPERLINK(\"x\") | <https://lwn.net/> |\n");
        _site.Knowledge.Ingest();

        var csv = await _site.CreateClient().GetStringAsync("/compare.csv?asof=1999");

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv);
    }
}
