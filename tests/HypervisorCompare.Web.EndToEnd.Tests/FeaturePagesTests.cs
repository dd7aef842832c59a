using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FeaturePagesTests(BrowserSite site)
{
    [Theory, InlineData(true), InlineData(false)]
    public async Task FeatureList_FilteredByHypervisorAndSupport_ShowsOnlyMatchingFeatures(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScript);
        await page.GotoAsync("/features?h=kvm&support=kvm:partial");

        var badges = await page.Locator(".feature-summary .badge").AllInnerTextsAsync();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Contains("KVM: Partial", b));
        Assert.Equal("kvm:partial", await page.Locator("#filter-support-0").InputValueAsync());
    }

    [Fact]
    public async Task FeatureList_FormSubmitsToItself()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/features");
        await page.ClickAsync("details.categories > summary");
        await page.CheckAsync("input[name=category][value=memory]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        Assert.Contains("/features?", page.Url);
        Assert.Equal(["Memory"], await page.Locator("main section h2").AllInnerTextsAsync());
    }

    [Fact]
    public async Task FeatureDetail_SaysWhoHadItFirst_AndEachDateLeadsToTheRowThatStatesIt()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/features/live-migration");

        Assert.StartsWith("VMware ESXi had it first (2003).", await page.Locator(".parity p.summary").InnerTextAsync());
        Assert.Equal("first", await page.Locator(".parity tr", new() { HasText = "VMware ESXi" }).Locator("td").Last.InnerTextAsync());
        var kvm = page.Locator(".parity tr", new() { HasText = "KVM" });
        Assert.Equal("4 years later", await kvm.Locator("td").Last.InnerTextAsync());

        await kvm.Locator("td").Nth(1).Locator("a").ClickAsync();

        await page.WaitForURLAsync("**/articles/features-management#support-live-migration-kvm");
        Assert.True(await page.Locator("[id='support-live-migration-kvm']").EvaluateAsync<bool>("e => e.matches(':target')"));
    }

    [Fact]
    public async Task FeatureDetail_ShowsEachHypervisorsHistoryWithSourcesAndRelatedEvents()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/features/memory-page-sharing");

        // The content's order: the hypervisors by their order, then the products by name, each naming its base.
        Assert.Equal(["Xen", "KVM", "VMware ESXi", "Microsoft Hyper-V", "OpenStack (built on KVM)", "Proxmox VE (built on KVM)",
            "Red Hat OpenShift Virtualization (built on KVM)", "XCP-ng (built on Xen)", "XenServer (built on Xen)"],
            await page.Locator("main section h2[id^=h-]").AllInnerTextsAsync());
        Assert.True(await page.Locator("#h-kvm + .support-history li").CountAsync() >= 2, "KVM's KSM support changed in 2.6.32: two periods");
        Assert.True(await page.Locator(".support-history a[rel~=external]").CountAsync() > 0);
        Assert.True(await page.Locator("#related-events ~ ul li").CountAsync() > 0);
    }

    [Fact]
    public async Task FeatureDetail_UnknownId_IsANotFoundPage()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync("/features/no-such-feature");

        Assert.Equal(404, response!.Status);
        Assert.Contains("Page not found", await page.Locator("h1").InnerTextAsync());
    }
}
