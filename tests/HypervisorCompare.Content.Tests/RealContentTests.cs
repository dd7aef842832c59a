using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Tests;

/// <summary>The project's own content/ folder: valid, sourced, and as complete as the knowledge base promises.</summary>
public class RealContentTests
{
    private static readonly Lazy<ContentLoadResult> Loaded = new(() => ContentLoader.Load(RepositoryContent()));

    private static ContentSet Content => Loaded.Value.Content;

    internal static string RepositoryContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HypervisorCompare.sln"))) return Path.Combine(dir.FullName, "content");
        throw new DirectoryNotFoundException("repository root not found");
    }

    [Fact]
    public void RealContent_HasNoErrorsAndNoWarnings() =>
        Assert.True(Loaded.Value.Diagnostics.Count == 0, string.Join('\n', Loaded.Value.Diagnostics));

    [Fact]
    public void RealContent_ComparesXenAndKvm() =>
        Assert.Equal(["kvm", "xen"], Content.Hypervisors.Select(h => h.Id).Order());

    [Fact]
    public void RealContent_HasAtLeastFortyFeaturesInSixCategories()
    {
        Assert.True(Content.Features.Count >= 40, $"{Content.Features.Count} features");
        Assert.True(Content.Features.Select(f => f.CategoryId).Distinct().Count() >= 6);
    }

    [Fact]
    public void RealContent_EveryFeatureHasAValueForEveryHypervisor()
    {
        var stated = Content.Support.Select(s => (s.FeatureId, s.HypervisorId)).ToHashSet();
        var missing = Content.Features.SelectMany(f => Content.Hypervisors.Select(h => (f.Id, h.Id))).Where(p => !stated.Contains(p));
        Assert.Empty(missing);
    }

    [Fact]
    public void RealContent_HasAtLeastFortyEventsFrom1999ToThePresent()
    {
        Assert.True(Content.Events.Count >= 40, $"{Content.Events.Count} events");
        Assert.True(Content.Events.Min(e => e.Date.Year) <= 1999);
        Assert.True(Content.Events.Max(e => e.Date.Year) >= DateTime.UtcNow.Year - 2);
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
