using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TimelineFlowTests(BrowserSite site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Timeline_FilterFormToAcquisitions_ListsOnlyAcquisitionsAndKeepsTheFilterInTheUrl(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScript);
        await page.GotoAsync("/timeline");
        var all = await page.Locator("li.event").CountAsync();

        await page.GetByLabel("Acquisition", new() { Exact = true }).CheckAsync();
        // Waiting for the navigation together with the click leaves no window in which a fast submit is missed.
        var navigated = page.WaitForURLAsync("**/timeline?*kind=acquisition*", new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show events" }).ClickAsync();
        await navigated;

        var kinds = await page.Locator("li.event .kind").AllTextContentsAsync();
        Assert.InRange(kinds.Count, 1, all - 1);
        Assert.All(kinds, k => Assert.Equal("Acquisition", k));
        Assert.Equal(kinds.Count, await page.Locator("svg a.event").CountAsync());
        Assert.True(await page.GetByLabel("Acquisition", new() { Exact = true }).IsCheckedAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Timeline_DeepLinkToAnEvent_LandsOnThatEventInTheList(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScript);

        await page.GotoAsync("/timeline#xen-citrix-completes-xensource");

        var item = page.Locator("[id='xen-citrix-completes-xensource']");
        Assert.Equal(1, await item.CountAsync());
        Assert.Contains("Citrix completes the XenSource", await item.TextContentAsync());
        Assert.True(await item.EvaluateAsync<bool>("e => e.matches(':target')"));
        var box = await item.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Y, -2, page.ViewportSize!.Height - 1); // scrolled to it (sub-pixel rounding aside)
    }

    [Fact]
    public async Task Timeline_ClickingAChartMarker_GoesToItsEntryInTheList()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/timeline?from=2006&to=2008");
        var marker = page.Locator("svg a.event").Nth(3);
        var href = await marker.GetAttributeAsync("href") ?? "";

        await marker.Locator("path.marker").ClickAsync();

        Assert.StartsWith("/timeline?from=2006&to=2008#", href);
        Assert.EndsWith(href, page.Url);
        Assert.True(await page.Locator($"li[id='{href[(href.IndexOf('#') + 1)..]}']").EvaluateAsync<bool>("e => e.matches(':target')"));
    }

    [Fact]
    public async Task Timeline_TabbingOntoAChartMarker_ShowsItsFullTitleAboveTheLanes()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync("/timeline");
        await page.Locator(".timeline-chart .skip-link").FocusAsync();

        for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('svg a.event')"); i++)
            await page.Keyboard.PressAsync("Tab");

        var focused = page.Locator("svg a.event:focus");
        var readout = focused.Locator(".readout text");
        Assert.True(await readout.IsVisibleAsync());
        Assert.Equal(await focused.Locator("title").TextContentAsync(), await readout.TextContentAsync());
        Assert.Single(await page.Locator("svg .readout text").EvaluateAllAsync<string[]>(
            "texts => texts.filter(t => getComputedStyle(t.closest('.readout')).display !== 'none').map(t => t.textContent)"));
        var (svg, box) = (await page.Locator(".timeline-chart svg").BoundingBoxAsync(), await readout.BoundingBoxAsync());
        Assert.InRange(box!.X, svg!.X, svg.X + svg.Width - box.Width);
    }

    [Fact]
    public async Task Timeline_EveryLabelAndBandTextStaysInsideTheChart()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync("/timeline");

        var overflowing = await page.Locator(".timeline-chart svg").EvaluateAsync<string[]>("""
            svg => {
              const right = svg.getBoundingClientRect().right;
              return [...svg.querySelectorAll('.event .label, .era text')]
                .filter(t => t.getBoundingClientRect().right > right + 0.5).map(t => t.textContent);
            }
            """);

        Assert.Empty(overflowing);
    }

    [Fact]
    public async Task Timeline_SkipLink_PassesTheChartToTheEventList()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/timeline?kind=release");

        await page.Locator(".timeline-chart .skip-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/timeline?kind=release#timeline-events-title");
        Assert.True(await page.Locator("#timeline-events-title").EvaluateAsync<bool>("e => e.matches(':target')"));
    }

    [Fact]
    public async Task Timeline_DecadeZoomLink_ShowsOnlyThatDecade()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/timeline");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Zoom the timeline" }).GetByRole(AriaRole.Link, new() { Name = "2010s", Exact = true }).ClickAsync();

        Assert.EndsWith("/timeline?from=2010&to=2019", page.Url);
        var years = await page.Locator("li.event time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime').slice(0, 4))");
        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.InRange(int.Parse(y), 2010, 2019));
    }

    [Fact]
    public async Task Timeline_KernelIntegration_ShowsKvmInMainlineYearsBeforeXenDom0()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/timeline?kind=kernel-integration");

        var kvm = await page.Locator("svg a[href$='#kvm-pulled-for-2-6-20'] path.marker").BoundingBoxAsync();
        var dom0 = await page.Locator("svg a[href$='#eco-linux-3-0-full-dom0'] path.marker").BoundingBoxAsync();
        var band = await page.Locator("svg a.era", new() { HasText = "Waiting for dom0" }).CountAsync();

        Assert.True(dom0!.X - kvm!.X > 100, $"KVM's merge at x={kvm.X} should stand well left of Xen's dom0 at x={dom0.X}");
        Assert.Equal(1, band);
    }

    [Fact]
    public async Task Timeline_Print_PutsChartAndLegendOnALandscapeA4PageAndTheListsOnPortraitPages()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/timeline");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("form.timeline-filters").IsVisibleAsync());
        Assert.False(await page.Locator("nav.zoom").IsVisibleAsync());
        Assert.True(await page.Locator("figure.timeline-chart svg").IsVisibleAsync());
        Assert.True(await page.Locator("li.event").First.IsVisibleAsync());

        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));
        var pages = Regex.Matches(pdf, @"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]")
            .Select(m => (Width: double.Parse(m.Groups[1].Value), Height: double.Parse(m.Groups[2].Value)))
            .ToList();
        Assert.True(pages.Count > 2);
        Assert.Equal((841.9, 595.0), (Math.Round(pages[0].Width, 1), Math.Round(pages[0].Height))); // A4 landscape, in points
        Assert.All(pages.Skip(1), p => Assert.Equal((595.0, 841.9), (Math.Round(p.Width), Math.Round(p.Height, 1))));
    }

    public static TheoryData<string, ColorScheme, int> Scans() => Viewports.Across(
        ("/timeline", ColorScheme.Light), ("/timeline", ColorScheme.Dark),
        ("/timeline?kind=acquisition&kind=fork&from=2005&to=2012&q=xen", ColorScheme.Light), ("/timeline?from=nonsense&h=nobody", ColorScheme.Dark));

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task Timeline_HasNoAxeViolations(string path, ColorScheme scheme, int width)
    {
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await Viewports.ResizeAsync(page, width);
        await page.GotoAsync(path);

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
