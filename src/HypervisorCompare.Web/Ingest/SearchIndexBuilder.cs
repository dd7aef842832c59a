using System.Buffers;
using System.Text;
using HypervisorCompare.Content;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HypervisorCompare.Web.Ingest;

/// <summary>
/// Writes the SQLite FTS5 table that <see cref="Search"/> queries: one row per article, feature, event and
/// glossary term. EF Core has no model for virtual tables, so the table is created and filled with SQL
/// after <c>EnsureCreated</c>, inside the generation being built.
/// </summary>
internal static class SearchIndexBuilder
{
    public static void Build(HypervisorContext db, ContentSet content)
    {
        // porter: "migrations" finds "migration"; remove_diacritics: "reseau" finds "réseau". UNINDEXED columns are
        // carried for the result links only. Synonyms and aliases have their own column so that the snippet, taken
        // from the body, shows a definition rather than a list of other names.
        db.Database.ExecuteSqlRaw($"""
            CREATE VIRTUAL TABLE {Search.Table} USING fts5(
                kind UNINDEXED, key UNINDEXED, article UNINDEXED, anchor UNINDEXED, title, body, keywords,
                tokenize = 'porter unicode61 remove_diacritics 2')
            """);
        using var transaction = db.Database.BeginTransaction();
        // One prepared INSERT for every row: through ExecuteSqlRaw each row paid for EF Core's command building.
        using var insert = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        insert.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        insert.CommandText = $"INSERT INTO {Search.Table} (kind, key, article, anchor, title, body, keywords) VALUES ($kind, $key, $article, $anchor, $title, $body, $keywords)";
        var columns = new[] { "$kind", "$key", "$article", "$anchor", "$title", "$body", "$keywords" }
            .Select(name => insert.Parameters.Add(new SqliteParameter(name, null))).ToArray();
        insert.Prepare();
        void Add(SearchKind kind, string key, string article, string anchor, string title, string body, string keywords)
        {
            object[] values = [(int)kind, key, article, anchor, Clean(title), Clean(body), Clean(keywords)];
            for (var i = 0; i < columns.Length; i++) columns[i].Value = values[i];
            insert.ExecuteNonQuery();
        }
        void AddCited(SearchKind kind, string key, Citation at, string title, string body, string keywords) =>
            Add(kind, key, at.ArticleSlug, at.Anchor, title, body, keywords);

        foreach (var a in content.Articles) Add(SearchKind.Article, a.Slug, a.Slug, "", a.Title, a.Summary + "\n" + a.PlainText, "");
        var categories = content.Categories.ToDictionary(c => c.Id, c => c.Name);
        foreach (var f in content.Features)
            AddCited(SearchKind.Feature, f.Id, f.Citation, f.Name, f.Description, $"{categories.GetValueOrDefault(f.CategoryId)}, {string.Join(", ", f.Synonyms)}");
        foreach (var e in content.Events)
            AddCited(SearchKind.Event, e.Id, e.Citation, e.Title, e.Description, $"{DateText.Format(e.Date)} {e.Kind} {string.Join(' ', e.Hypervisors)}");
        foreach (var g in content.Glossary)
            AddCited(SearchKind.Term, g.Id, g.Citation, g.Term, g.Definition, string.Join(", ", g.Aliases));
        transaction.Commit();
    }

    private static readonly SearchValues<char> Controls =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c != '\n')]);

    /// <summary>Control characters become spaces: the search page marks highlights with two of them.</summary>
    private static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(Controls) < 0) return text;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text) clean.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
        return clean.ToString();
    }
}
