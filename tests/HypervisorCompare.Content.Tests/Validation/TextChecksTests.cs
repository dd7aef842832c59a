using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content.Tests.Validation;

public class TextChecksTests
{
    private const string Event = """
        ---
        title: Events
        summary: One event.
        ---
        # Events

        - 2007-02-04 | release | kvm | kvm-ships | **KVM ships.** In Linux 2.6.20. [x](https://example.org/a&#11;b)
        """;

    [Fact]
    public void Check_ControlCharacterInAFrontMatterName_IsAnErrorAtTheDeclaration()
    {
        using var content = new TestContent();
        var declarations = File.ReadAllText(Path.Combine(content.Root, "declarations.md")).Replace("name: KVM", "name: \"KVM\\v\"");

        var result = content.Write("declarations.md", declarations).Load();

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("name holds the control character U+000B", error.Message);
        Assert.EndsWith("declarations.md", error.Path);
        Assert.Equal(23, error.Line); // the "- id: kvm" line of the declaration
    }

    [Fact]
    public void Check_ControlCharacterInASourceUrl_IsAnErrorAtTheEvent()
    {
        using var content = new TestContent();

        var result = content.Write("events.md", Event).Load();

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("source url holds the control character U+000B", error.Message);
        Assert.Equal(("events.md", 7), (Path.GetFileName(error.Path), error.Line));
        Assert.Matches(@"events\.md:7:\d+: error: ", error.ToString());
    }

    [Theory]
    [InlineData('\t', false)]
    [InlineData('\n', false)]
    [InlineData('\u000B', true)]
    [InlineData('\u0000', true)]
    [InlineData('\u007F', true)]
    [InlineData('é', false)]
    public void IsForbidden_AllowsOnlyTabsAndLineEnds(char c, bool forbidden) =>
        Assert.Equal(forbidden, TextChecks.IsForbidden(c));
}
