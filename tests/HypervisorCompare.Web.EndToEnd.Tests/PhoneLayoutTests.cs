using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>At 390 px, as on a phone: the matrix starts on the first screens, nothing overflows, no text is shrunk below 12 px.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserSite site)
{
    private async Task<IPage> PhoneAsync(string path)
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(path);
        return page;
    }

    [Fact]
    public async Task Compare_OnAPhone_CollapsesTheFiltersAndStartsTheMatrixHigh()
    {
        var page = await PhoneAsync("/compare");

        Assert.False(await page.Locator("details.filters-panel").EvaluateAsync<bool>("d => d.open"));
        Assert.False(await page.Locator("#filter-q").IsVisibleAsync());
        var table = await page.Locator("table.comparison").First.BoundingBoxAsync();
        Assert.True(table!.Y < 1000, $"the matrix starts {table.Y} px down");
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }

    [Fact]
    public async Task Compare_OnAPhone_KeepsTheFeatureColumnReadable()
    {
        var page = await PhoneAsync("/compare");

        var feature = await page.Locator("table.comparison tbody th[scope=row]").First.BoundingBoxAsync();
        Assert.True(feature!.Width >= 100, $"feature column {feature.Width} px wide");
    }

    [Fact]
    public async Task CompareOnADesktop_ShowsTheFiltersAsABar()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync("/compare");

        Assert.True(await page.Locator("#filter-q").IsVisibleAsync());
        var form = await page.Locator("form.filters").BoundingBoxAsync();
        Assert.True(form!.Height < 250, $"the filters take {form.Height} px");
    }

    [Theory]
    [InlineData("/hypervisors/xen")]
    [InlineData("/hypervisors/esxi")]
    [InlineData("/features")]
    [InlineData("/features/live-migration")]
    [InlineData("/licences")]
    [InlineData("/licences/GPL-2.0-only")]
    [InlineData("/glossary")]
    [InlineData("/articles/xen-history")]
    [InlineData("/search?q=virtio")]
    [InlineData("/timeline/events/xen-citrix-completes-xensource")]
    public async Task ReadingPage_OnAPhone_NeverWidensThePage(string path)
    {
        var page = await PhoneAsync(path);

        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main *')]
              .filter(e => e.getBoundingClientRect().right > 391 && !e.closest('.scroll-x'))
              .map(e => e.tagName + '.' + e.className).slice(0, 5)
            """);
        Assert.Empty(wide);
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }

    [Fact]
    public async Task TimelineChart_OnAPhone_ScrollsSidewaysWithTextAtLeast12Px()
    {
        var page = await PhoneAsync("/timeline");

        var smallest = await page.Locator(".timeline-chart svg text").EvaluateAllAsync<double>(
            "texts => Math.min(...texts.filter(t => getComputedStyle(t.closest('.readout') ?? t).display !== 'none').map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 12, $"smallest chart text is {smallest} px tall");
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        Assert.True(await page.Locator(".timeline-chart .scroll-x").EvaluateAsync<bool>("s => s.scrollWidth > s.clientWidth"));
    }
}
