using HypervisorCompare.Content.Parsing;
using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content.Tests.Parsing;

public class InputLimitsTests
{
    private const string Head = "---\ntitle: T\nsummary: S\n---\n";

    private static string? Check(string text)
    {
        var diagnostics = new DiagnosticBag();
        var ok = InputLimits.Check("a.md", text, diagnostics);
        Assert.Equal(ok, diagnostics.Items.Count == 0);
        return diagnostics.Items.SingleOrDefault()?.ToString();
    }

    private static string Nested(string marker, int depth) => string.Concat(Enumerable.Repeat(marker, depth));

    [Fact]
    public void Check_NestingAtTheLimit_IsAccepted()
    {
        Assert.Null(Check(Head + Nested(">", InputLimits.MaxDepth) + " quote\n\n" + Nested("- ", InputLimits.MaxDepth) + "item\n"));
    }

    [Fact]
    public void Check_OneQuoteTooDeep_IsReportedAtThatMarker()
    {
        Assert.Equal("a.md:5:33: error: block quotes and lists are nested more than 32 levels deep",
            Check(Head + Nested(">", InputLimits.MaxDepth + 1) + " quote\n"));
    }

    [Fact]
    public void Check_ListsNestedByIndentation_CountTwoColumnsALevel()
    {
        var lines = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- item\n"));

        Assert.Equal("a.md:37:65: error: block quotes and lists are nested more than 32 levels deep", Check(Head + lines));
    }

    [Fact]
    public void Check_DeepIndentationInsideFencedCode_IsText()
    {
        Assert.Null(Check(Head + "- list\n  ````json\n" + new string(' ', 200) + "{}\n" + Nested(">", 100) + "\n  ````\nafter\n"));
    }

    [Fact]
    public void Check_AfterAFenceCloses_NestingCountsAgain()
    {
        Assert.StartsWith("a.md:8:33: error:", Check(Head + "~~~\n" + Nested(">", 100) + "\n~~~\n" + Nested(">", 100) + "\n"));
    }

    [Fact]
    public void Check_LineOverTheLimit_IsReportedAtTheFirstCharacterPastIt()
    {
        Assert.Equal("a.md:6:4097: error: line is 4,097 characters long; the limit is 4,096",
            Check(Head + "ok\n" + new string('x', InputLimits.MaxLineLength + 1) + "\n"));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Check_CarriageReturns_EndLines(string newline)
    {
        Assert.StartsWith("a.md:3:1: error:", Check("---" + newline + "t: 1" + newline + "\tx: 2" + newline + "---" + newline));
    }

    [Fact]
    public void Check_DeepYamlFlowCollection_IsReportedAtTheBracketOverTheLimit()
    {
        Assert.Equal("a.md:2:88: error: YAML lists and mappings are nested more than 32 levels deep",
            Check("---\nabout: [" + Nested("{a: [", 16) + "x\n---\n"));
    }

    [Theory]
    [InlineData("title: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['\n")]
    [InlineData("title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\"\"\n")]
    [InlineData("title: it's [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n")]
    [InlineData("title: T # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n")]
    [InlineData("summary: >\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\ntitle: T\n")]
    [InlineData("summary: 'a\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ b'\n")]
    public void Check_BracketsInScalarsAndComments_AreText(string yaml)
    {
        Assert.Null(Check("---\n" + yaml + "---\n"));
    }

    [Fact]
    public void Check_TabStartingAFrontMatterLine_IsReportedThere()
    {
        Assert.Equal("a.md:4:1: error: front matter is indented with a tab; YAML indents with spaces only",
            Check("---\ntitle: T\nabout:\n\t- xen\n---\n"));
    }

    [Fact]
    public void Check_TabInsideAQuotedScalar_IsText()
    {
        Assert.Null(Check("---\ntitle: \"a\n\tb\"\n---\n"));
    }
}
