using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace HypervisorCompare.Content.Tests.Schema;

/// <summary>
/// docs/content-format.md's front-matter mistakes: each is rejected by <c>check</c> with the error the doc prints, and by
/// the schema at the key the doc names (a schema that accepts everything, or that complains elsewhere, fails here).
/// </summary>
public partial class DocumentedMistakesTests
{
    /// <summary>One mistake: the front matter, the JSON pointer the schema rejects and the lines <c>check</c> prints.</summary>
    public sealed record Mistake(string Path, string Pointer, string FrontMatter, string Expected)
    {
        public override string ToString() => Path;
    }

    private static readonly Lazy<ContentLoadResult> Loaded = new(LoadWithEveryMistake);

    public static TheoryData<Mistake> Mistakes() => [.. Read()];

    [Fact]
    public void Doc_HasAMistakeForEachKindOfRule() => Assert.True(Read().Count() >= 10);

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void DocumentedMistake_CheckPrintsExactlyTheDocumentedError(Mistake mistake)
    {
        var actual = string.Join('\n', Loaded.Value.Diagnostics.Where(d => d.Path == mistake.Path));

        Assert.Equal(mistake.Expected, actual);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void DocumentedMistake_TheSchemaRejectsIt_AtTheDocumentedKeyOnly(Mistake mistake)
    {
        var results = FrontMatterSchemaTests.Evaluate(FrontMatterJson.Of(mistake.FrontMatter));
        var errors = FrontMatterSchemaTests.Errors(results).ToList();

        Assert.False(results.IsValid, $"the schema accepts {mistake.Path}");
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith(mistake.Pointer, e));
    }

    /// <summary>The real content plus every mistake, loaded once: the errors are those an author would see.</summary>
    private static ContentLoadResult LoadWithEveryMistake()
    {
        using var content = new TestContent(withDeclarations: false);
        var real = RealContentTests.RepositoryContent();
        foreach (var file in Directory.EnumerateFiles(real, "*.md", SearchOption.AllDirectories))
            content.Write(Path.GetRelativePath(real, file), File.ReadAllText(file));
        foreach (var mistake in Read()) content.Write(mistake.Path["content/".Length..], mistake.FrontMatter + "# Example\n");
        return content.Load();
    }

    private static IEnumerable<Mistake> Read()
    {
        var doc = Path.Combine(Path.GetDirectoryName(RealContentTests.RepositoryContent())!, "docs", "content-format.md");
        string? pointer = null, frontMatter = null;
        foreach (var block in Markdig.Markdown.Parse(File.ReadAllText(doc)))
        {
            if (block is HtmlBlock html && Marker().Match(html.Lines.ToString()) is { Success: true } marker) pointer = marker.Groups[1].Value;
            else if (block is FencedCodeBlock { Info: "yaml" } yaml && pointer is not null) frontMatter = yaml.Lines.ToString() + "\n";
            else if (block is FencedCodeBlock { Info: "text" } text && pointer is not null && frontMatter is not null)
            {
                var expected = text.Lines.ToString().Trim();
                yield return new Mistake(expected[..expected.IndexOf(':')], pointer, frontMatter, expected);
                pointer = frontMatter = null;
            }
        }
    }

    [GeneratedRegex(@"^<!-- front-matter mistake; the schema rejects (\S*) -->\s*$")]
    private static partial Regex Marker();
}
