using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content.Tests.Products;

public class InheritedSupportTests
{
    private static string Product(string builtOn = "kvm", string firstRelease = "2010-06") => $"""
        ---
        title: Stackvisor
        summary: A product built on another hypervisor.
        hypervisors:
          - id: stackvisor
            name: Stackvisor
            built-on: {builtOn}
            type: 1
            summary: A management layer.
            origin: Somewhere
            first-release: {firstRelease}
            website: https://stackvisor.example/
            sources: [https://stackvisor.example/]
        ---
        # Stackvisor

        | Feature | Hypervisor | Support | Since | Until | Note | Sources |
        |---|---|---|---|---|---|---|
        | ksm | stackvisor | no | | | Its installer turns merging off. | <https://stackvisor.example/ksm> |
        """;

    [Fact]
    public void Product_StatedCellIsItsOwn_AndEveryOtherCellIsInheritedFromItsBase()
    {
        using var content = new TestContent();

        var result = content.Write("stackvisor.md", Product()).Load();

        Assert.Empty(result.Diagnostics);
        var rows = result.Content.Support.Where(s => s.HypervisorId == "stackvisor").ToDictionary(s => s.FeatureId);
        Assert.Equal((SupportLevel.No, (string?)null), (rows["ksm"].Level, rows["ksm"].InheritedFrom));
        Assert.Equal((SupportLevel.Yes, "kvm"), (rows["thp"].Level, rows["thp"].InheritedFrom));
        var baseRow = result.Content.Support.Single(s => s.HypervisorId == "kvm" && s.FeatureId == "thp");
        Assert.Same(baseRow.Citation, rows["thp"].Citation);
    }

    [Fact]
    public void InheritedCell_BeginsNoEarlierThanTheProductsFirstRelease()
    {
        using var content = new TestContent();

        var result = content.Write("stackvisor.md", Product(firstRelease: "2010-06")).Load();
        var later = content.Write("stackvisor.md", Product(firstRelease: "2012-01")).Load();

        Assert.Equal("Linux 2.6.38 (2011-03-14)", Thp(result).Since!.ToString());
        Assert.Equal("2012-01", Thp(later).Since!.ToString());

        static FeatureSupport Thp(ContentLoadResult r) => r.Content.Support.Single(s => s.HypervisorId == "stackvisor" && s.FeatureId == "thp");
    }

    [Fact]
    public void Coverage_OfAProduct_SaysHowManyCellsAreStatedAndHowManyInherited()
    {
        using var content = new TestContent();

        var coverage = Coverage.Of(content.Write("stackvisor.md", Product()).Load().Content).Single(c => c.HypervisorId == "stackvisor");

        Assert.Equal("coverage stackvisor: 2 of 2 features researched, 2 with a known level (100%), 0 not researched; 1 stated, 1 inherited from kvm",
            coverage.ToString());
    }

    [Theory]
    [InlineData("stackvisor", "'stackvisor' cannot be built on itself")]
    [InlineData("vmm", "unknown hypervisor 'vmm'")]
    public void Product_BuiltOnItselfOrOnNothingDeclared_IsAnError(string builtOn, string message)
    {
        using var content = new TestContent();

        var result = content.Write("stackvisor.md", Product(builtOn)).Load();

        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("content/stackvisor.md:", StringComparison.Ordinal) && d.Message.Contains(message));
    }

    [Fact]
    public void Product_BuiltOnAnotherProduct_IsAnError()
    {
        using var content = new TestContent();
        content.Write("stackvisor.md", Product());

        var result = content.Write("reseller.md", Product("stackvisor").Replace("id: stackvisor", "id: reseller").Replace("| stackvisor |", "| reseller |")).Load();

        Assert.Contains(result.Diagnostics, d => d.Message == "'reseller' is built on 'stackvisor', which is itself a product: name the hypervisor underneath");
    }
}
