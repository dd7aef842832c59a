using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace HypervisorCompare.Web.Tests.Knowledge;

public sealed class ContentBuilderTests : IDisposable
{
    private readonly SiteFactory _site = new(TestKnowledge.Fixture());

    public void Dispose() => _site.Dispose();

    private async Task<string> ServedVersionAsync()
    {
        var html = await _site.CreateClient().GetStringAsync("/");
        var start = html.IndexOf("Content version <code>", StringComparison.Ordinal) + 22;
        return html[start..html.IndexOf("</code>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Site_BuildsTheDatabaseOnFirstStart()
    {
        Assert.NotEqual("none", await ServedVersionAsync());
    }

    [Fact]
    public async Task BuildIfStale_UnchangedContent_DoesNotRebuild()
    {
        await ServedVersionAsync();

        var result = await _site.Services.GetRequiredService<ContentBuilder>().BuildIfStaleAsync();

        Assert.Null(result);
    }

    [Fact]
    public async Task BrokenContent_KeepsTheLastGoodDatabaseInService()
    {
        var before = await ServedVersionAsync();
        _site.Knowledge.Write("broken.md", "---\ntitle: [unclosed\n---\n");

        var result = await _site.Services.GetRequiredService<ContentBuilder>().BuildIfStaleAsync();

        Assert.False(result!.Succeeded);
        Assert.Equal(before, await ServedVersionAsync());
        Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync("/compare")).StatusCode);
    }

    [Fact]
    public async Task ChangedContent_IsServedWithoutARestart()
    {
        var before = await ServedVersionAsync();
        _site.Knowledge.Write("more.md", "---\ntitle: More\nsummary: Another article.\n---\nText.\n");

        var result = await _site.Services.GetRequiredService<ContentBuilder>().BuildIfStaleAsync();

        Assert.True(result!.Succeeded);
        Assert.NotEqual(before, await ServedVersionAsync());
        Assert.Contains("More", await _site.CreateClient().GetStringAsync("/articles"));
    }
}
