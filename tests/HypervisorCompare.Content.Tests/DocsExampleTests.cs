using System.Text.RegularExpressions;

namespace HypervisorCompare.Content.Tests;

/// <summary>Keeps docs/content-format.md true: its complete example adds a hypervisor with no code change.</summary>
public partial class DocsExampleTests
{
    [Fact]
    public void CompleteExample_AddedToTheRealContent_LoadsCleanAsASparseHypervisor()
    {
        var root = Path.GetDirectoryName(RealContentTests.RepositoryContent())!;
        var doc = File.ReadAllText(Path.Combine(root, "docs", "content-format.md"));
        var example = ExampleBlock().Match(doc).Groups[1].Value;
        using var content = new TestContent(withDeclarations: false);
        foreach (var file in Directory.EnumerateFiles(RealContentTests.RepositoryContent(), "*.md", SearchOption.AllDirectories))
            content.Write(Path.GetRelativePath(RealContentTests.RepositoryContent(), file), File.ReadAllText(file));

        var result = content.Write("toyvisor.md", example).Load();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Content.Hypervisors, h => h.Id == "toyvisor" && h.Order == 10);
        Assert.Contains(result.Content.Events, e => e.Id == "toyvisor-1-0");
        var coverage = Assert.Single(HypervisorCompare.Content.Validation.Coverage.Of(result.Content), c => c.HypervisorId == "toyvisor");
        Assert.Equal(1, coverage.Researched);
        Assert.Contains("example.org", example);
        Assert.DoesNotContain("freebsd", example, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("## A complete example article.*?````markdown\\n(.*?)````", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
