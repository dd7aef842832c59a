using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Compare;

/// <summary>Cells whose since/until names a release link to that release's event, made from the real content's data.</summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class ReleaseLinksTests(RealKnowledge knowledge)
{
    private async Task<ReleaseLinks> LoadAsync()
    {
        using var db = knowledge.Open();
        return (await ReadModel.LoadAsync(db)).Releases;
    }

    [Theory]
    [InlineData("xen", "Xen 4.10")]
    [InlineData("xen", "Xen 4.12")]
    [InlineData("kvm", "QEMU 2.11")]
    [InlineData("kvm", "Linux 5.16")]
    public async Task EventFor_AVersionWithAReleaseEvent_IsThatEvent(string hypervisor, string version)
    {
        var links = await LoadAsync();

        var id = links.EventFor(hypervisor, new Milestone { Version = version });

        Assert.NotNull(id);
        using var db = knowledge.Open();
        var e = db.Events.Single(x => x.Id == id);
        Assert.Contains(hypervisor, e.Hypervisors);
        Assert.Contains(version.Split(' ')[1], e.Title);
    }

    [Theory]
    [InlineData("kvm", "Xen 4.10")]      // another hypervisor's release
    [InlineData("esxi", "ESXi 6.7 U2")]  // an update, not the release itself
    [InlineData("xen", "Xen 99.1")]
    [InlineData("xen", null)]
    public async Task EventFor_NoMatchingRelease_IsNull(string hypervisor, string? version) =>
        Assert.Null((await LoadAsync()).EventFor(hypervisor, version is null ? null : new Milestone { Version = version }));

    [Fact]
    public async Task EventFor_AMilestoneThatNamesItsEvent_IsThatEvent_WhateverItsVersionSays() =>
        Assert.Equal("xen-4-10", (await LoadAsync()).EventFor("xen", new Milestone { Version = "Xen 4.12", EventId = "xen-4-10" }));
}
