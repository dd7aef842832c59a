using System.Diagnostics;
using HypervisorCompare.Content;
using HypervisorCompare.Content.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>What an ingest did: the diagnostics, and on success the new generation and its counts.</summary>
public sealed record IngestResult(ContentLoadResult Load, string? GenerationPath, IngestCounts? Counts, TimeSpan Elapsed)
{
    public bool Succeeded => GenerationPath is not null;
    public IReadOnlyList<Diagnostic> Diagnostics => Load.Diagnostics;
}

public sealed record IngestCounts(int Hypervisors, int Features, int SupportFacts, int Events, int Articles, int Organisations, int Licences, int GlossaryTerms);

/// <summary>
/// The seeder: reads and validates all content, writes a complete new database file once, checks it,
/// and only then makes it the served one. Any failure leaves the served database untouched.
/// </summary>
public static class ContentIngestor
{
    /// <summary>
    /// Bump when the code writes a differently shaped database (2: the FTS5 search table; 3: event links in the stored
    /// article HTML are permalinks, /timeline/events/{id}), so a database built by older code from the same content is
    /// rebuilt rather than served without the table or with links to the wrong timeline page.
    /// </summary>
    public const int SchemaVersion = 3;

    /// <summary>What <see cref="ContentInfo.ContentHash"/> holds: the content's hash and the schema it was written with.</summary>
    public static string BuildHash(string contentHash) => $"{contentHash}+schema{SchemaVersion}";

    public static IngestResult Ingest(string contentPath, string databasePath, DateOnly? today = null)
    {
        var clock = Stopwatch.StartNew();
        var load = ContentLoader.Load(contentPath, ContentLinks.Site, today);
        if (load.HasErrors) return new IngestResult(load, null, null, clock.Elapsed);

        var generations = new DatabaseGenerations(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var path = generations.NewGenerationPath(load.ContentHash);
        try
        {
            var counts = Write(load, path, DatabaseGenerations.VersionOf(path));
            CheckIntegrity(path);
            generations.Promote(path);
            generations.Prune();
            return new IngestResult(load, path, counts, clock.Elapsed);
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    private static IngestCounts Write(ContentLoadResult load, string path, string version)
    {
        var content = load.Content;
        using (var db = Open(path))
        {
            db.Database.EnsureCreated();
            db.Database.OpenConnection();
            // EF Core creates SQLite files in WAL mode; a served, read-only generation must be a single self-contained file.
            // No fsync while building: a file that is not complete and checked is never promoted. A 64 MB page cache
            // keeps the tables and the search index being built in memory instead of spilling pages mid-transaction.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY");
            using var transaction = db.Database.BeginTransaction();
            var bulk = new BulkWriter(db);
            bulk.Insert(content.Hypervisors);
            bulk.Insert(content.Organisations);
            bulk.Insert(content.Licences);
            bulk.Insert(content.Categories);
            bulk.Insert(content.Features);
            bulk.Insert(content.Support);
            bulk.Insert(content.Events);
            bulk.Insert(content.Glossary);
            bulk.Insert(content.Eras);
            bulk.Insert(content.Articles);
            bulk.Insert([new ContentInfo { Version = version, ContentHash = BuildHash(load.ContentHash), BuiltAtUtc = DateTime.UtcNow }]);
            transaction.Commit();
            SearchIndexBuilder.Build(db, content);
        }
        SqliteConnection.ClearAllPools();
        return new IngestCounts(content.Hypervisors.Count, content.Features.Count, content.Support.Count, content.Events.Count,
            content.Articles.Count, content.Organisations.Count, content.Licences.Count, content.Glossary.Count);
    }

    private static void CheckIntegrity(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        var result = command.ExecuteScalar() as string;
        if (result != "ok") throw new InvalidOperationException($"integrity check of {path} failed: {result}");
    }

    private static HypervisorContext Open(string path) =>
        new(new DbContextOptionsBuilder<HypervisorContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { }
    }
}
