using HypervisorCompare.ContentGenerator;

namespace HypervisorCompare.Benchmarks;

/// <summary>The content sets benchmarks read: "real" (the repository's content/) or a synthetic scale, generated once.</summary>
public static class BenchContent
{
    public static string Root => Environment.GetEnvironmentVariable("HC_BENCH_DIR") ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hc-bench");

    /// <summary>Sets named in <c>HC_BENCH_SETS</c> (default <c>real,1,2,4</c>).</summary>
    public static IEnumerable<string> Sets => (Environment.GetEnvironmentVariable("HC_BENCH_SETS") ?? "real,1,2,4").Split(',', StringSplitOptions.TrimEntries);

    public static string Path(string set) => set == "real" ? RepositoryContent() : Synthetic(double.Parse(set, System.Globalization.CultureInfo.InvariantCulture));

    public static long Bytes(string set) =>
        Directory.EnumerateFiles(Path(set), "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static string Synthetic(double scale)
    {
        var folder = System.IO.Path.Combine(Root, FormattableString.Invariant($"synthetic-{scale}"));
        var content = System.IO.Path.Combine(folder, "content");
        var marker = System.IO.Path.Combine(folder, "generated");
        if (!File.Exists(marker) || !Directory.Exists(content))
        {
            SyntheticContent.Write(content, ContentShape.At(scale));
            File.WriteAllText(marker, ContentShape.At(scale).ToString());
        }
        return content;
    }

    private static string RepositoryContent() => System.IO.Path.Combine(RepositoryRoot(), "content");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HypervisorCompare.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }
}
