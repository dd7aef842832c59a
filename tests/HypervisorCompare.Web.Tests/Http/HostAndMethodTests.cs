using System.Net.Sockets;
using System.Text;

namespace HypervisorCompare.Web.Tests.Http;

/// <summary>The Host header is the client's to choose: an empty one gets a 400, a forged one never reaches a link.</summary>
public sealed class HostAndMethodTests
{
    private static async Task<string> RawAsync(string address, string request)
    {
        var uri = new Uri(address);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [InlineData("GET /compare HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n")]
    [InlineData("GET /compare HTTP/1.0\r\n\r\n")]
    public async Task EmptyHost_GetsA400PageWithTheSecurityHeaders(string request)
    {
        using var site = new SiteFactory(TestKnowledge.Fixture());

        var response = await RawAsync(site.StartKestrel(), request);

        Assert.StartsWith("HTTP/1.1 400 ", response);
        Assert.Contains("X-Content-Type-Options: nosniff", response);
        Assert.Contains("no Host header", response);
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/timeline")]
    [InlineData("/hypervisors/xen")]
    [InlineData("/api/hypervisors")]
    [InlineData("/timeline.atom")]
    public async Task Head_IsAnsweredWhereverGetIs_WithNoBody(string url)
    {
        using var site = new SiteFactory(TestKnowledge.Fixture());
        var address = site.StartKestrel();

        var response = await RawAsync(address, $"HEAD {url} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 ", response);
        Assert.Contains("X-Content-Type-Options: nosniff", response);
        Assert.EndsWith("\r\n\r\n", response);
    }

    [Theory]
    [InlineData("/timeline.atom")]
    [InlineData("/timeline.ics")]
    [InlineData("/compare/changes.atom?h=kvm")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task ForgedHost_WithoutABaseUrl_NeverAppearsInLinks(string url)
    {
        using var site = new SiteFactory(TestKnowledge.Fixture());
        var client = site.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", body);
        Assert.DoesNotContain("://localhost", body);
    }

    [Fact]
    public async Task ConfiguredBaseUrl_IsUsedForEveryAbsoluteLink_WhateverTheHost()
    {
        using var site = new SiteFactory(TestKnowledge.Fixture(), configure: b => b.UseSetting("Site:BaseUrl", "https://hc.example/"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/timeline.atom");
        request.Headers.Host = "evil.example";

        var atom = await (await site.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();
        var sitemap = await site.CreateClient().GetStringAsync("/sitemap.xml");
        var robots = await site.CreateClient().GetStringAsync("/robots.txt");
        var ics = await site.CreateClient().GetStringAsync("/timeline.ics");

        Assert.DoesNotContain("evil.example", atom);
        Assert.Contains("Sitemap: https://hc.example/sitemap.xml", robots);
        Assert.Contains("URL:https://hc.example/timeline/events/xen-1-0", ics);
        Assert.Contains("<link rel=\"self\" href=\"https://hc.example/timeline.atom\"", atom);
        Assert.Contains("<loc>https://hc.example/compare</loc>", sitemap);
    }

    [Theory]
    [InlineData("https://hc.example/", "https://hc.example/compare?h=xen&amp;h=kvm")]
    [InlineData("", "/compare?h=xen&amp;h=kvm")]
    public async Task EveryPage_HasACanonicalLinkFromTheBaseUrlNeverFromTheHost(string baseUrl, string expected)
    {
        using var site = new SiteFactory(TestKnowledge.Fixture(), configure: b => b.UseSetting("Site:BaseUrl", baseUrl));
        var request = new HttpRequestMessage(HttpMethod.Get, "/compare?h=xen&h=kvm");
        request.Headers.Host = "evil.example";

        var html = await (await site.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"<link rel=\"canonical\" href=\"{expected}\"", html);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public void BaseUrlThatIsNotAnAbsoluteHttpAddress_StopsTheSiteAtStart()
    {
        using var site = new SiteFactory(TestKnowledge.Fixture(), configure: b => b.UseSetting("Site:BaseUrl", "javascript:alert(1)"));

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Site:BaseUrl", error.ToString());
    }
}
