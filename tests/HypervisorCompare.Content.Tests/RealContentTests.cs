using HypervisorCompare.Content.Validation;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Tests;

/// <summary>The project's own content/ folder: valid, sourced, and as complete as the knowledge base promises.</summary>
public class RealContentTests
{
    private static readonly Lazy<ContentLoadResult> Loaded = new(() => ContentLoader.Load(RepositoryContent(), TestLinks.Site));

    private static ContentSet Content => Loaded.Value.Content;

    internal static string RepositoryContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HypervisorCompare.sln"))) return Path.Combine(dir.FullName, "content");
        throw new DirectoryNotFoundException("repository root not found");
    }

    [Fact]
    public void RealContent_EveryVersionedCellHasItsReleaseEvent() => Assert.Empty(UnmatchedReleases.Of(Content));

    [Fact]
    public void RealContent_HasTheFiveProducts_EachWithTenStatedCellsAndFiveDatedEvents()
    {
        foreach (var id in new[] { "proxmox-ve", "xcp-ng", "xenserver", "openshift-virtualization", "openstack" })
        {
            Assert.NotNull(Content.Hypervisors.Single(h => h.Id == id).BuiltOn);
            Assert.True(Content.Support.Where(s => s.HypervisorId == id && s.InheritedFrom is null).Select(s => s.FeatureId).Distinct().Count() >= 10, id);
            Assert.True(Content.Events.Count(e => e.Hypervisors.Contains(id)) >= 5, id);
        }
    }

    [Fact]
    public void RealContent_HasNoErrorsAndNoWarnings() =>
        Assert.True(Loaded.Value.Diagnostics.Count == 0, string.Join('\n', Loaded.Value.Diagnostics));

    [Fact]
    public void RealContent_ComparesXenKvmEsxiAndHyperVByDefaultInThatOrder()
    {
        var byDefault = Content.Hypervisors.Where(h => h.CompareByDefault).OrderBy(h => h.Order).Select(h => h.Id);
        Assert.Equal(["xen", "kvm", "esxi", "hyper-v"], byDefault);
    }

    [Fact]
    public void RealContent_HasAtLeastSeventyFeaturesInSixCategories()
    {
        Assert.True(Content.Features.Count >= 70, $"{Content.Features.Count} features");
        Assert.True(Content.Features.Select(f => f.CategoryId).Distinct().Count() >= 6);
    }

    [Fact]
    public void RealContent_EachHypervisorHasAKnownSourcedLevelForAtLeast80PercentOfFeatures()
    {
        Assert.All(Coverage.Of(Content), c => Assert.True(c.Known >= 0.8 * c.Features, c.ToString()));
    }

    [Fact]
    public void RealContent_HasAtLeast130EventsFrom1999ToThePresent_AndThreeInEveryYearSince2011()
    {
        Assert.True(Content.Events.Count >= 130, $"{Content.Events.Count} events");
        Assert.True(Content.Events.Min(e => e.Date.Year) <= 1999);
        Assert.True(Content.Events.Max(e => e.Date.Year) >= 2026);
        var perYear = Content.Events.GroupBy(e => e.Date.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enumerable.Range(2011, 15), year => Assert.True(perYear.GetValueOrDefault(year) >= 3, $"{year}: {perYear.GetValueOrDefault(year)} events"));
        Assert.Contains(Content.Events, e => e.Hypervisors.Contains("xen"));
        Assert.Contains(Content.Events, e => e.Hypervisors.Contains("kvm"));
        Assert.Contains(Content.Events, e => e.Hypervisors.Count != 1);
    }

    [Fact]
    public void RealContent_EveryFactHasAWebSource()
    {
        IEnumerable<(string What, List<SourceLink> Sources)> facts =
        [
            .. Content.Support.Select(s => ($"support {s.FeatureId}/{s.HypervisorId}", s.Sources)),
            .. Content.Events.Select(e => ($"event {e.Id}", e.Sources)),
            .. Content.Hypervisors.Select(h => ($"hypervisor {h.Id}", h.Sources)),
            .. Content.Hypervisors.SelectMany(h => h.Licences).Select(l => ($"licence {l.HypervisorId}/{l.Component}", l.Sources)),
            .. Content.Hypervisors.SelectMany(h => h.Stewards).Select(s => ($"steward {s.HypervisorId}/{s.OrganisationId}", s.Sources)),
            .. Content.Glossary.Select(g => ($"glossary {g.Id}", g.Sources)),
            .. Content.Eras.Select(e => ($"era {e.Id}", e.Sources)),
        ];
        var unsourced = facts.Where(f => f.Sources.Count == 0 || f.Sources.Any(s => !s.IsWebUrl)).Select(f => f.What);
        Assert.Empty(unsourced);
    }

    [Fact]
    public void RealContent_HasLicencesOrganisationsAndGlossary()
    {
        Assert.All(Content.Hypervisors, h => Assert.NotEmpty(h.Licences));
        Assert.All(Content.Hypervisors, h => Assert.NotEmpty(h.Stewards));
        Assert.True(Content.Glossary.Count >= 30);
        Assert.Contains(Content.Glossary, g => g.Id == "vt-x");
    }

    [Fact]
    public void RealContent_DoesNotRepeatTheSeedsVtdConfusion()
    {
        var hvm = Content.Glossary.Single(g => g.Id == "hvm");
        Assert.DoesNotContain("VT-d", hvm.Definition);
        Assert.Contains("VT-x", hvm.Definition);
    }
}
