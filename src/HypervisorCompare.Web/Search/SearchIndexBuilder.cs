using System.Buffers;
using System.Text;
using HypervisorCompare.Content;
using HypervisorCompare.Content.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HypervisorCompare.Web.Search;

/// <summary>
/// Writes the SQLite FTS5 table that <see cref="Search"/> queries: one row per article passage, feature, event and
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
            CREATE VIRTUAL TABLE {SiteSearch.Table} USING fts5(
                kind UNINDEXED, key UNINDEXED, article UNINDEXED, anchor UNINDEXED, title, body, keywords,
                tokenize = 'porter unicode61 remove_diacritics 2')
            """);
        using var transaction = db.Database.BeginTransaction();
        // One prepared INSERT for every row: through ExecuteSqlRaw each row paid for EF Core's command building.
        using var insert = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        insert.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        insert.CommandText = $"INSERT INTO {SiteSearch.Table} (rowid, kind, key, article, anchor, title, body, keywords) VALUES ($rowid, $kind, $key, $article, $anchor, $title, $body, $keywords)";
        var columns = new[] { "$rowid", "$kind", "$key", "$article", "$anchor", "$title", "$body", "$keywords" }
            .Select(name => insert.Parameters.Add(new SqliteParameter(name, null))).ToArray();
        insert.Prepare();
        // rowid = item * RowsPerItem + passage, items in (kind, key) order: Search groups an article's passages and
        // breaks ties from the rowid alone, without reading a stored column for every match.
        var item = 0L;
        var passage = 0L;
        void Add(SearchKind kind, string key, string article, string anchor, string title, string body, string keywords)
        {
            object[] values = [item * SiteSearch.RowsPerItem + passage++, (int)kind, key, article, anchor, Clean(title), Clean(body), Clean(keywords)];
            for (var i = 0; i < columns.Length; i++) columns[i].Value = values[i];
            insert.ExecuteNonQuery();
        }
        void Next() => (item, passage) = (item + 1, 0);
        void AddCited(SearchKind kind, string key, Citation at, string title, string body, string keywords)
        {
            Add(kind, key, at.ArticleSlug, at.Anchor, title, body, keywords);
            Next();
        }

        // An article is one row per passage: snippet() re-reads the whole text of every row it highlights, so a
        // row's size, not the article's, bounds the work per hit.
        foreach (var a in content.Articles.OrderBy(a => a.Slug, StringComparer.Ordinal))
        {
            Add(SearchKind.Article, a.Slug, a.Slug, "", a.Title, a.Summary, "");
            foreach (var p in a.Passages) Add(SearchKind.Article, a.Slug, a.Slug, p.Anchor, a.Title, p.Text, "");
            Next();
        }
        var categories = content.Categories.ToDictionary(c => c.Id, c => c.Name);
        foreach (var f in content.Features.OrderBy(f => f.Id, StringComparer.Ordinal))
            AddCited(SearchKind.Feature, f.Id, f.Citation, f.Name, f.Description, $"{categories.GetValueOrDefault(f.CategoryId)}, {string.Join(", ", f.Synonyms)}");
        foreach (var e in content.Events.OrderBy(e => e.Id, StringComparer.Ordinal))
            AddCited(SearchKind.Event, e.Id, e.Citation, e.Title, e.Description, $"{DateText.Format(e.Date)} {e.Kind} {string.Join(' ', e.Hypervisors)}");
        foreach (var g in content.Glossary.OrderBy(g => g.Id, StringComparer.Ordinal))
            AddCited(SearchKind.Term, g.Id, g.Citation, g.Term, g.Definition, string.Join(", ", g.Aliases));
        // Exact titles, for the "title is exactly the words" boost: comparing stored titles would read every match's row.
        db.Database.ExecuteSqlRaw($"""
            CREATE TABLE {SiteSearch.TitleTable} (item INTEGER NOT NULL, title TEXT NOT NULL);
            INSERT INTO {SiteSearch.TitleTable} SELECT rowid / {SiteSearch.RowsPerItem}, lower(title) FROM {SiteSearch.Table} WHERE rowid % {SiteSearch.RowsPerItem} = 0;
            CREATE INDEX {SiteSearch.TitleTable}ByTitle ON {SiteSearch.TitleTable} (title);
            """);
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
