using HypervisorCompare.Content;
using HypervisorCompare.ContentGenerator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Tests.Knowledge;

public sealed class BulkWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "hc-bulk-tests", Guid.NewGuid().ToString("n"))).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Insert_FixtureContent_WritesExactlyTheRowsSaveChangesWrites() =>
        AssertSameRows(ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"), ContentLinks.Site, new DateOnly(2026, 11, 26)).Content);

    [Fact]
    public void Insert_SyntheticContent_WritesExactlyTheRowsSaveChangesWrites()
    {
        SyntheticContent.Write(Path.Combine(_folder, "content"), ContentShape.At(0.02));
        AssertSameRows(ContentLoader.Load(Path.Combine(_folder, "content"), ContentLinks.Site).Content);
    }

    private void AssertSameRows(ContentSet content)
    {
        var viaEf = Write(content, "ef.db", (db, set) =>
        {
            db.Hypervisors.AddRange(set.Hypervisors);
            db.Features.AddRange(set.Features);
            db.Support.AddRange(set.Support);
            db.Events.AddRange(set.Events);
            db.Articles.AddRange(set.Articles);
            db.SaveChanges();
        });
        foreach (var row in content.Support) row.Key = 0;
        foreach (var licence in content.Hypervisors.SelectMany(h => h.Licences)) licence.Key = 0;
        var viaBulk = Write(content, "bulk.db", (db, set) =>
        {
            using var transaction = db.Database.BeginTransaction();
            var bulk = new BulkWriter(db);
            bulk.Insert(set.Hypervisors);
            bulk.Insert(set.Features);
            bulk.Insert(set.Support);
            bulk.Insert(set.Events);
            bulk.Insert(set.Articles);
            transaction.Commit();
        });

        Assert.Equal(viaEf.Keys, viaBulk.Keys);
        Assert.Contains(viaEf, t => t.Key == "Support" && t.Value.Count == content.Support.Count);
        foreach (var (table, rows) in viaEf) Assert.Equal(rows, viaBulk[table]);
    }

    /// <summary>Every row of every table, each as its columns' text, after <paramref name="write"/> filled a new database.</summary>
    private Dictionary<string, List<string>> Write(ContentSet content, string file, Action<HypervisorContext, ContentSet> write)
    {
        var path = Path.Combine(_folder, file);
        using (var db = new HypervisorContext(new DbContextOptionsBuilder<HypervisorContext>().UseSqlite($"Data Source={path};Pooling=False").Options))
        {
            db.Database.EnsureCreated();
            db.Database.OpenConnection();
            write(db, content);
        }
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => r[0]!.ToString()!);
        return tables.ToDictionary(t => t, t => Query(connection, $"SELECT * FROM \"{t}\" ORDER BY 1")
            .Select(r => string.Join(" | ", r.Select(v => v?.ToString() ?? "NULL"))).ToList());
    }

    private static List<object?[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
