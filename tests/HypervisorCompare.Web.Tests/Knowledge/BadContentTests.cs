using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>Each bad file goes through the real ingest beside a good database and another broken file.</summary>
public sealed partial class BadContentTests(ITestOutputHelper output)
{
    /// <summary>A hang guard, not a benchmark: every case takes a second or two here.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Names => [.. BadContent.Cases.Keys];

    public static TheoryData<string> ValidNames => [.. BadContent.Cases.Where(c => c.Value.Expected is null).Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Ingest_BadFile_EndsInItsDiagnosticOthersStillReportedServedDatabaseUntouched(string name)
    {
        var (bytes, expected) = BadContent.Cases[name];
        using var knowledge = TestKnowledge.Fixture();
        var served = knowledge.Ingest().GenerationPath!;
        var servedBytes = SHA256.HashData(File.ReadAllBytes(served));
        File.WriteAllBytes(Path.Combine(knowledge.ContentPath, "bad.md"), bytes());
        knowledge.Write("other.md", "---\ntitle: Other\nsummary: x\nbogus: 1\n---\n");

        var clock = Stopwatch.StartNew();
        var result = await OnSmallStack(knowledge.Ingest).WaitAsync(Bound);
        output.WriteLine($"{name}: {clock.ElapsedMilliseconds} ms");

        Assert.All(result.Diagnostics, d => Assert.Matches(Located(), d.ToString()));
        var aboutBad = result.Diagnostics.Where(d => d.Path == "content/bad.md").Select(d => d.ToString()).ToList();
        if (expected is null) Assert.Empty(aboutBad);
        else Assert.Contains(aboutBad, d => d.StartsWith("content/" + expected, StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.ToString() == "content/other.md:4:1: error: unknown key 'bogus' in frontmatter");
        Assert.Equal(served, new DatabaseGenerations(knowledge.DatabasePath).Current());
        Assert.Equal(servedBytes, SHA256.HashData(File.ReadAllBytes(served)));
    }

    [Theory]
    [MemberData(nameof(ValidNames))]
    public async Task Ingest_OddButValidFileAlone_IsBuiltAndServed(string name)
    {
        using var knowledge = TestKnowledge.Fixture();
        // Terms that occur in the cases, so linking glossary terms runs over them too.
        knowledge.Write("terms.md", "---\ntitle: Terms\nsummary: x\nglossary:\n" + string.Concat(new[] { "a", "row", "item", "deep", "Paragraph", "b" }
            .Select(t => $"  - id: term-{t.ToLowerInvariant()}\n    term: {t}\n    definition: x\n    sources: [https://example.org/]\n")) + "---\n");
        File.WriteAllBytes(Path.Combine(knowledge.ContentPath, "bad.md"), BadContent.Cases[name].Bytes());

        var result = await OnSmallStack(knowledge.Ingest).WaitAsync(Bound);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(result.GenerationPath, new DatabaseGenerations(knowledge.DatabasePath).Current());
    }

    /// <summary>Thread-pool threads get 1.5 MB of stack; a third less here makes a recursion problem show in tests first.</summary>
    private static Task<T> OnSmallStack<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try { done.SetResult(work()); }
            catch (Exception e) { done.SetException(e); }
        }, maxStackSize: 1024 * 1024) { IsBackground = true };
        thread.Start();
        return done.Task;
    }

    [GeneratedRegex(@"^content/[\w./-]+:\d+:\d+: error: \S")]
    private static partial Regex Located();
}
