using HypervisorCompare.Content;
using HypervisorCompare.ContentGenerator;
using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>The paged timeline in the browser, over a generated set of 500 events (two pages).</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelinePagingFlowTests(BrowserSite browser) : IAsyncLifetime
{
    private SiteFactory _site = default!;
    private string _baseUrl = "";
    private List<string> _ids = [];

    public ValueTask InitializeAsync()
    {
        var knowledge = TestKnowledge.Fixture();
        SyntheticContent.Write(knowledge.ContentPath, ContentShape.At(0.05));
        _ids = ContentLoader.Load(knowledge.ContentPath, HypervisorCompare.Web.Knowledge.ContentLinks.Site).Content.Events.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => e.Id).ToList();
        _site = new SiteFactory(knowledge);
        _baseUrl = _site.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private async Task<IPage> OpenAsync(string path, ColorScheme scheme = ColorScheme.Light, bool javaScript = false, int width = Viewports.Desktop)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = _baseUrl, JavaScriptEnabled = javaScript, BypassCSP = true, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await Viewports.ResizeAsync(page, width);
        await page.GotoAsync(path);
        return page;
    }

    [Fact]
    public async Task Permalink_NewestEvent_LeadsToTheLastPageAtTheEventAndPreviousGoesBack()
    {
        Assert.True(_ids.Count > TimelinePaging.PageSize, "the generated set must need two pages");
        var page = await OpenAsync(TimelineEventLink.Url(_ids[^1]));
        await page.GetByRole(AriaRole.Link, new() { Name = "See it on the timeline" }).ClickAsync();

        Assert.EndsWith($"/timeline?page=2#{_ids[^1]}", page.Url);
        await page.Locator(":target").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 5000 });
        Assert.Equal(_ids[^1], await page.Locator(":target").GetAttributeAsync("id"));
        Assert.Equal("page", await page.Locator("nav.pager").First.Locator("ul a[aria-current]").GetAttributeAsync("aria-current"));

        await page.Locator("nav.pager").First.Locator("a[rel=prev]").ClickAsync();

        Assert.EndsWith("/timeline", page.Url);
        Assert.Equal(_ids[0], await page.Locator("li.event").First.GetAttributeAsync("id"));
        Assert.StartsWith("Events 1–", await page.Locator("nav.pager .where").First.InnerTextAsync());
    }

    public static TheoryData<string, ColorScheme, int> Scans() =>
        Viewports.Across(("/timeline?page=2", ColorScheme.Light), ("/timeline?page=2", ColorScheme.Dark));

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task PagedTimeline_HasNoAxeViolations(string path, ColorScheme scheme, int width)
    {
        var page = await OpenAsync(path, scheme, javaScript: true, width); // axe-core runs as a script

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
