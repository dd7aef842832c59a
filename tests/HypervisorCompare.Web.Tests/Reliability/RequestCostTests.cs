using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace HypervisorCompare.Web.Tests.Reliability;

[Collection(AloneCollection.Name)]
public sealed class RequestCostTests(ITestOutputHelper output) : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());

    public void Dispose() => _site.Dispose();

    /// <summary>A figure, not an assertion: what refused requests cost next to an ordinary page, over real Kestrel.</summary>
    [Fact]
    public async Task Costs_OfRefusedRequests_AreReportedBesideANormalPage()
    {
        var baseUrl = _site.StartKestrel();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        string[] urls = ["/compare", "/articles/no-such-article", "/compare?" + string.Join('&', Enumerable.Range(0, 500).Select(i => $"h{i}=x")), "/compare?q=" + new string('x', 6_000), RequestHardeningTests.Huge, RequestHardeningTests.Many];
        foreach (var url in urls) await http.GetAsync(url);
        foreach (var url in urls)
        {
            var clock = Stopwatch.StartNew();
            HttpStatusCode status = 0;
            for (var i = 0; i < 20; i++) status = (await http.GetAsync(url)).StatusCode;
            output.WriteLine($"{(int)status} {clock.Elapsed.TotalMilliseconds / 20,7:0.00} ms  {(url.Length > 60 ? url[..60] + $"… ({url.Length:N0} chars)" : url)}");
            Assert.True((int)status < 500);
        }
    }
}
