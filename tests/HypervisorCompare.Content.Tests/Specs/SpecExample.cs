using HypervisorCompare.Content.Model;
using Markdig.Syntax;

namespace HypervisorCompare.Content.Tests.Specs;

/// <summary>
/// One example from a spec file: a <c>## heading</c>, a <c>```markdown</c> block written to <c>content/spec.md</c>
/// beside the test declarations, and a <c>```text</c> block with the expected diagnostics and facts of that file,
/// or a <c>```html</c> block with its expected HTML (for syntax that only changes how an article renders).
/// </summary>
public sealed record SpecExample(string SpecFile, string Name, string Input, string Expected, bool ExpectsHtml = false)
{
    public override string ToString() => $"{SpecFile}: {Name}";

    public static IEnumerable<SpecExample> ReadAll()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Order())
        {
            var document = Markdig.Markdown.Parse(File.ReadAllText(path));
            string? name = null, input = null;
            foreach (var block in document)
            {
                if (block is HeadingBlock { Level: 2 } heading) name = heading.Inline?.FirstChild?.ToString();
                else if (block is FencedCodeBlock { Info: "markdown" } code) input = code.Lines.ToString();
                else if (block is FencedCodeBlock { Info: "text" or "html" } expected && name is not null && input is not null)
                {
                    yield return new SpecExample(Path.GetFileName(path), name, input, expected.Lines.ToString().Trim(), expected.Info == "html");
                    input = null;
                }
            }
        }
    }

    /// <summary>What the loader made of <c>content/spec.md</c>, one line per diagnostic and fact.</summary>
    public string Run()
    {
        using var content = new TestContent();
        var result = content.Write("spec.md", Input).Load();
        const string path = "content/spec.md";
        if (ExpectsHtml)
            return string.Join('\n', result.Diagnostics.Where(d => d.Path == path).Select(d => d.ToString())
                .Append(result.Content.Articles.Single(a => a.Path == path).Html.Trim()));
        var lines = result.Diagnostics.Where(d => d.Path == path).Select(d => d.ToString())
            .Concat(result.Content.Support.Where(s => s.Citation.Path == path).Select(Describe))
            .Concat(result.Content.Events.Where(e => e.Citation.Path == path).Select(Describe));
        return string.Join('\n', lines);
    }

    private static string Describe(FeatureSupport s) =>
        $"support {s.FeatureId} {s.HypervisorId} {s.Level} since=[{s.Since}] until=[{s.Until}] note=[{s.Note}] " +
        $"sources={string.Join(',', s.Sources.Select(x => x.Url))} at={At(s.Citation)}";

    private static string Describe(TimelineEvent e) =>
        $"event {e.Id} {e.Date} {e.Date.Precision} {e.Kind} [{string.Join(',', e.Hypervisors)}] title=[{e.Title}] " +
        $"description=[{e.Description}] sources={string.Join(',', e.Sources.Select(x => x.Url))} at={At(e.Citation)}";

    private static string At(Citation c) => $"{c.Line}:{c.Column}#{c.Anchor}§{c.Section}";
}
