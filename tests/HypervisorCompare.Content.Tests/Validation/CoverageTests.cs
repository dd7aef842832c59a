using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content.Tests.Validation;

public class CoverageTests
{
    private const string Sparse = """
        ---
        title: bhyve
        summary: A sparse hypervisor, researched one fact at a time.
        hypervisors:
          - id: bhyve
            name: bhyve
            type: 2
            summary: FreeBSD's hypervisor.
            origin: FreeBSD
            website: https://bhyve.org/
            sources: [https://bhyve.org/]
        ---
        # bhyve

        | Feature | Hypervisor | Support | Since | Until | Note | Sources |
        |---|---|---|---|---|---|---|
        | ksm | bhyve | unknown | | | | <https://bhyve.org/> |
        """;

    [Fact]
    public void Check_HypervisorWithRowsForOnlySomeFeatures_IsValid()
    {
        using var content = new TestContent();

        var result = content.Write("bhyve.md", Sparse).Load();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Coverage_CountsResearchedAndKnownFeaturesPerHypervisor()
    {
        using var content = new TestContent();

        var coverage = Coverage.Of(content.Write("bhyve.md", Sparse).Load().Content).ToDictionary(c => c.HypervisorId);

        Assert.Equal(new Coverage("bhyve", Researched: 1, Known: 0, Features: 2, Stated: 1), coverage["bhyve"]);
        Assert.Equal(new Coverage("kvm", 2, 2, 2, 2), coverage["kvm"]);
        Assert.Equal("coverage bhyve: 1 of 2 features researched, 0 with a known level (0%), 1 not researched", coverage["bhyve"].ToString());
    }
}
