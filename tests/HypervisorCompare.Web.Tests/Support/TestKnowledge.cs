
namespace HypervisorCompare.Web.Tests.Support;

/// <summary>A temporary content folder and database path; <see cref="Fixture"/> copies the small test content.</summary>
public sealed class TestKnowledge : IDisposable
{
    private TestKnowledge(string root)
    {
        Root = root;
        ContentPath = Path.Combine(root, "content");
        DatabasePath = Path.Combine(root, "data", "knowledge.db");
        Directory.CreateDirectory(ContentPath);
    }

    public string Root { get; }
    public string ContentPath { get; }
    public string DatabasePath { get; }

    /// <summary>The fixture articles under Fixtures/content.</summary>
    public static TestKnowledge Fixture() => CopyOf(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"));

    /// <summary>The project's real content/ folder, found from the test binaries upwards.</summary>
    public static TestKnowledge RealContent() => CopyOf(FindRepositoryContent());

    public static string FindRepositoryContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HypervisorCompare.sln"))) return Path.Combine(dir.FullName, "content");
        throw new DirectoryNotFoundException("repository root not found");
    }

    private static TestKnowledge CopyOf(string source)
    {
        var knowledge = new TestKnowledge(Path.Combine(Path.GetTempPath(), "hc-web-tests", Guid.NewGuid().ToString("n")));
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(knowledge.ContentPath, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return knowledge;
    }

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(ContentPath, relativePath), text);

    public IngestResult Ingest() => ContentIngestor.Ingest(ContentPath, DatabasePath, new DateOnly(2026, 11, 26));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
