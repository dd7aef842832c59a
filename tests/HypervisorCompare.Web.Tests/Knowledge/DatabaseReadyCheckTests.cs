using System.Net;

namespace HypervisorCompare.Web.Tests.Knowledge;

public sealed class DatabaseReadyCheckTests
{
    [Fact]
    public async Task Readyz_WithABuiltDatabase_IsHealthyAndNotCached()
    {
        await using var site = new SiteFactory(TestKnowledge.Fixture());

        var response = await site.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Readyz_WithoutADatabase_Is503WhileHealthzSaysTheProcessIsUp()
    {
        var knowledge = TestKnowledge.Fixture();
        // Broken content: the first build fails, so no generation is ever served.
        knowledge.Write("broken.md", "---\ntitle: [unclosed\n---\n");
        await using var site = new SiteFactory(knowledge);
        var client = site.CreateClient();

        var ready = await client.GetAsync("/readyz");
        var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
