using System.Text.RegularExpressions;

namespace HypervisorCompare.Content.Tests;

/// <summary>Keeps docs/content-format.md true: its complete example adds a hypervisor with no code change.</summary>
public partial class DocsExampleTests
{
    [Fact]
    public void CompleteExample_AddedToTheRealContent_OnlyAsksForTheMissingSupportRows()
    {
        var root = Path.GetDirectoryName(RealContentTests.RepositoryContent())!;
        var doc = File.ReadAllText(Path.Combine(root, "docs", "content-format.md"));
        var example = ExampleBlock().Match(doc).Groups[1].Value;
        using var content = new TestContent(withDeclarations: false);
        foreach (var file in Directory.EnumerateFiles(RealContentTests.RepositoryContent(), "*.md", SearchOption.AllDirectories))
            content.Write(Path.GetRelativePath(RealContentTests.RepositoryContent(), file), File.ReadAllText(file));

        var result = content.Write("bhyve.md", example).Load();

        Assert.Contains(result.Content.Hypervisors, h => h.Id == "bhyve");
        Assert.Contains(result.Content.Events, e => e.Id == "bhyve-in-freebsd-10");
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.EndsWith("has no support row for hypervisor 'bhyve'", d.Message));
    }

    [GeneratedRegex("## A complete example article\\s+````markdown\\n(.*?)````", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
