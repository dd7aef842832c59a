using HypervisorCompare.Content;
using HypervisorCompare.Content.Schema;

namespace HypervisorCompare.Web.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TestKnowledge _knowledge = TestKnowledge.Fixture();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose() => _knowledge.Dispose();

    private int Run(params string[] args) => Cli.Run(args, _output, _errors);

    [Fact]
    public void Check_ValidContent_ExitsZeroWithCounts()
    {
        var exit = Run("check", "--content", _knowledge.ContentPath);

        Assert.Equal(0, exit);
        Assert.Contains("0 errors", _output.ToString());
        Assert.Contains("coverage xen: 2 of 2 features researched, 2 with a known level (100%), 0 not researched", _output.ToString());
        Assert.False(File.Exists(_knowledge.DatabasePath), "check must not build a database");
    }

    [Fact]
    public void Check_VersionedCellWithoutAReleaseEvent_IsAWarningThatDoesNotFail()
    {
        var exit = Run("check", "--content", _knowledge.ContentPath);

        Assert.Equal(0, exit);
        Assert.Matches(@"content/declarations\.md:\d+:1: warning: since 'Linux 2\.6\.38' of thp/kvm matches no release event of 'kvm'", _output.ToString());
        Assert.Matches(@": 0 errors, [1-9]\d* warnings", _output.ToString());
    }

    [Theory]
    [InlineData("exprot")]
    [InlineData("serve")]
    public void Program_UnknownCommand_ExitsTwoWithTheUsageInsteadOfStartingTheSite(string command)
    {
        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        try
        {
            var exit = typeof(Program).Assembly.EntryPoint!.Invoke(null, [new[] { command }]);

            Assert.Equal(2, exit);
            Assert.Contains($"unknown command {command}; commands: check, ingest, health, schema", errors.ToString());
        }
        finally { Console.SetError(original); }
    }

    [Theory]
    [InlineData("--urls", false)]
    [InlineData("Knowledge:WatchContent=false", false)]
    [InlineData("/urls", false)]
    [InlineData("check", false)]
    [InlineData("exprot", true)]
    public void IsUnknownCommand_TellsAMistypedCommandFromAHostOption(string first, bool unknown) =>
        Assert.Equal(unknown, Cli.IsUnknownCommand([first, "x"]));

    [Fact]
    public void Schema_WithOut_WritesTheGeneratedFrontMatterSchemaThere()
    {
        var folder = Path.Combine(Path.GetDirectoryName(_knowledge.ContentPath)!, "schema-out");

        var exit = Run("schema", "--out", folder);

        Assert.Equal(0, exit);
        Assert.Equal(FrontMatterSchema.Json, File.ReadAllText(Path.Combine(folder, FrontMatterSchema.FileName)));
    }

    [Fact]
    public void Schema_WithoutOut_WritesIntoTheContentFoldersSchemaFolder_WhichCheckDoesNotRead()
    {
        var hash = ContentLoader.Hash(_knowledge.ContentPath);

        var exit = Run("schema", "--content", _knowledge.ContentPath);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(_knowledge.ContentPath, ".schema", FrontMatterSchema.FileName)));
        Assert.Equal(hash, ContentLoader.Hash(_knowledge.ContentPath));
        Assert.Equal(0, Run("check", "--content", _knowledge.ContentPath));
    }

    [Fact]
    public void Ingest_ValidContent_PrintsTheSummaryAndBuildsTheDatabase()
    {
        var exit = Run("ingest", "--content", _knowledge.ContentPath, "--db", _knowledge.DatabasePath);

        Assert.Equal(0, exit);
        var summary = _output.ToString();
        Assert.Matches(@"hypervisors\s+2", summary);
        Assert.Matches(@"support facts\s+4", summary);
        Assert.Matches(@"events\s+3", summary);
        Assert.Matches(@"in \d+\.\d\d s", summary);
        Assert.True(File.Exists(_knowledge.DatabasePath));
    }

    [Fact]
    public void Ingest_InvalidContent_PrintsEveryErrorAndExitsOneWithoutTouchingTheDatabase()
    {
        Run("ingest", "--content", _knowledge.ContentPath, "--db", _knowledge.DatabasePath);
        var target = new FileInfo(_knowledge.DatabasePath).LinkTarget;
        _knowledge.Write("bad.md", "---\ntitle: Bad\nsummary: x\n---\n- 2003-13 | rumour | xen | bad | **Bad.** <https://lwn.net/>\n\n| Feature | Hypervisor | Support | Since | Until | Note | Sources |\n|---|---|---|---|---|---|---|\n| thp | nope | partial | | | | <https://lwn.net/> |\n");

        var exit = Run("ingest", "--content", _knowledge.ContentPath, "--db", _knowledge.DatabasePath);

        Assert.Equal(1, exit);
        var errors = _errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("content/bad.md:5:1: error: month 13 is out of range in '2003-13'", errors);
        Assert.Contains("content/bad.md:5:1: error: event kind 'rumour' is not one of release, announcement, acquisition, founding, licence, kernel-integration, adoption, deprecation, fork, governance, publication", errors);
        Assert.Contains("content/bad.md:9:1: error: unknown hypervisor 'nope'", errors);
        Assert.Contains("content/bad.md:9:1: error: partial support needs a note saying what is missing", errors);
        Assert.Contains(errors, e => e.StartsWith("Ingest failed: 4 errors"));
        Assert.Equal(target, new FileInfo(_knowledge.DatabasePath).LinkTarget);
    }
}
