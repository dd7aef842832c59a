using System.Text;
using HypervisorCompare.Content;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Web.Data;
using Microsoft.EntityFrameworkCore;

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
        foreach (var a in content.Articles) Add(db, SearchKind.Article, a.Slug, a.Slug, "", a.Title, a.Summary + "\n" + a.PlainText, "");
        var categories = content.Categories.ToDictionary(c => c.Id, c => c.Name);
        foreach (var f in content.Features)
            Add(db, SearchKind.Feature, f.Id, f.Citation, f.Name, f.Description, $"{categories.GetValueOrDefault(f.CategoryId)}, {string.Join(", ", f.Synonyms)}");
        foreach (var e in content.Events)
            Add(db, SearchKind.Event, e.Id, e.Citation, e.Title, e.Description, $"{DateText.Format(e.Date)} {e.Kind} {string.Join(' ', e.Hypervisors)}");
        foreach (var g in content.Glossary)
            Add(db, SearchKind.Term, g.Id, g.Citation, g.Term, g.Definition, string.Join(", ", g.Aliases));
        transaction.Commit();
    }

    private static void Add(HypervisorContext db, SearchKind kind, string key, Citation at, string title, string body, string keywords) =>
        Add(db, kind, key, at.ArticleSlug, at.Anchor, title, body, keywords);

    private static void Add(HypervisorContext db, SearchKind kind, string key, string article, string anchor, string title, string body, string keywords) =>
        db.Database.ExecuteSqlRaw(
            $"INSERT INTO {Search.Table} (kind, key, article, anchor, title, body, keywords) VALUES ({{0}}, {{1}}, {{2}}, {{3}}, {{4}}, {{5}}, {{6}})",
            (int)kind, key, article, anchor, Clean(title), Clean(body), Clean(keywords));

    /// <summary>Control characters become spaces: the search page marks highlights with two of them.</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text) clean.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
        return clean.ToString();
    }
}
