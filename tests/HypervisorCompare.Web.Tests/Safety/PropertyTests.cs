using CsCheck;
using HypervisorCompare.Content.Parsing;

namespace HypervisorCompare.Web.Tests.Safety;

/// <summary>Properties over generated Markdown, HTML and bytes; a failure prints the seed that reproduces it.</summary>
[Collection(AloneCollection.Name)]
public sealed class PropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Ingest_GeneratedMarkdown_NeverThrowsAndEveryProblemIsLocated()
    {
        Generated.Article.Sample(article =>
        {
            using var knowledge = TestKnowledge.Fixture();
            knowledge.Write("generated.md", article);

            var result = knowledge.Ingest();

            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
            Assert.Equal(result.Succeeded, !result.Load.HasErrors);
        }, iter: 250, writeLine: output.WriteLine);
    }

    [Fact]
    public void Ingest_RandomBytes_NeverThrowsAndTheFileIsReported()
    {
        var bytes = Gen.Frequency((1, Gen.Byte.Array[0, 4096]), (1, Gen.Byte.Array[0, 512].Select(b => (byte[])[.. "---\ntitle: T\nsummary: S\n---\n"u8, .. b])));
        bytes.Sample(data =>
        {
            using var knowledge = TestKnowledge.Fixture();
            File.WriteAllBytes(Path.Combine(knowledge.ContentPath, "random.md"), data);

            var result = knowledge.Ingest();

            Assert.Equal(result.Succeeded, !result.Load.HasErrors);
        }, iter: 400, writeLine: output.WriteLine);
    }

    /// <summary>The one HTML-safety layer: Markdig with raw HTML disabled and the safe-URL extension, nothing after it.</summary>
    [Fact]
    public void Render_MarkdownByThePipeline_NeverHoldsExecutableContent()
    {
        Generated.Body.Sample(markdown =>
        {
            var html = Markdig.Markdown.ToHtml(markdown, ContentPipeline.Instance);
            Assert.Empty(HtmlSafety.Problems(InPage(html)));
        }, iter: 3000, writeLine: output.WriteLine);
    }

    [Fact]
    public void Render_RawHtmlInMarkdown_IsText_NeverMarkup()
    {
        Generated.Html.Sample(html => Assert.Empty(HtmlSafety.Problems(InPage(Markdig.Markdown.ToHtml(html, ContentPipeline.Instance)))),
            iter: 3000, writeLine: output.WriteLine);
    }

    [Fact]
    public void Ingest_SameContentTwice_GivesTheSameOutcomeAndTheSameDatabaseContent()
    {
        var built = 0;
        Generated.Article.Sample(article =>
        {
            using var first = TestKnowledge.Fixture();
            using var second = TestKnowledge.Fixture();
            first.Write("generated.md", article);
            second.Write("generated.md", article);

            var a = first.Ingest();
            var b = second.Ingest();

            Assert.Equal(a.Diagnostics.Select(d => d.ToString()), b.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(a.Succeeded, b.Succeeded);
            if (!a.Succeeded) return;
            Interlocked.Increment(ref built);
            Assert.NotEqual(a.GenerationPath, b.GenerationPath);
            Assert.Equal(DatabaseContent.Hash(a.GenerationPath!), DatabaseContent.Hash(b.GenerationPath!));
        }, iter: 100, writeLine: output.WriteLine);
        output.WriteLine($"{built} of 100 samples built a database");
        Assert.True(built >= 10, $"only {built} of 100 generated articles were valid; the property says too little");
    }

    [Fact]
    public void DatabaseContentHash_SeesAChangedRow()
    {
        using var first = TestKnowledge.Fixture();
        using var second = TestKnowledge.Fixture();
        second.Write("xen-notes.md", File.ReadAllText(Path.Combine(second.ContentPath, "xen-notes.md")).Replace("Cambridge", "Cambridge, England"));

        Assert.NotEqual(DatabaseContent.Hash(first.Ingest().GenerationPath!), DatabaseContent.Hash(second.Ingest().GenerationPath!));
    }

    /// <summary>Where article HTML ends up: inside the page's article body.</summary>
    private static string InPage(string html) => $"<!DOCTYPE html><html><head><base href=\"/\"></head><body><div class=\"article-body\">{html}</div></body></html>";
}
