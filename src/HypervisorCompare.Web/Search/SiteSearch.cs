using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Search;

/// <summary>What a search result is.</summary>
public enum SearchKind { Article, Feature, Event, Term }

/// <summary>One result: a row of the FTS5 table (for an article, its best passage), with its title highlighted and a snippet of its text.</summary>
public sealed class SearchHit
{
    public SearchKind Kind { get; set; }
    public string Key { get; set; } = "";
    /// <summary>Article that states the fact (for articles, the article itself).</summary>
    public string Article { get; set; } = "";
    public string Anchor { get; set; } = "";
    /// <summary>Title with matches between <see cref="SiteSearch.MarkStart"/> and <see cref="SiteSearch.MarkEnd"/>.</summary>
    public string Title { get; set; } = "";
    /// <summary>A few words around the best match, marked the same way.</summary>
    public string Snippet { get; set; } = "";
    /// <summary>Synonyms, aliases or date and kind, marked: shown when the match is only there.</summary>
    public string Keywords { get; set; } = "";

    public bool MatchedOnlyInKeywords => !Title.Contains(SiteSearch.MarkStart) && !Snippet.Contains(SiteSearch.MarkStart) && Keywords.Contains(SiteSearch.MarkStart);
}

/// <summary>A page of results for some terms; <see cref="AnyWord"/> when no result had every word.</summary>
public sealed record SearchResults(SearchTerms Terms, int Total, IReadOnlyList<SearchHit> Hits, bool AnyWord, int Page, int PageSize)
{
    public int Pages => (Total + PageSize - 1) / PageSize;
}

/// <summary>Full-text search over the FTS5 table written at ingest, ranked by bm25 with titles weighing most.</summary>
public static class SiteSearch
{
    public const string Table = "SearchIndex";
    /// <summary>Each result's title in lower case, indexed: the items whose title is exactly the words searched.</summary>
    public const string TitleTable = "SearchTitle";
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';
    public const int PageSize = 20;
    /// <summary>Rowids per result: an article's passages share <c>rowid / RowsPerItem</c> (more than a 1 MB file can hold).</summary>
    public const long RowsPerItem = 1 << 20;

    public static async Task<SearchResults> RunAsync(HypervisorContext db, SearchTerms terms, int page)
    {
        if (terms.IsEmpty) return new SearchResults(terms, 0, [], false, 1, PageSize);
        var anyWord = false;
        var query = terms.ToFtsQuery(all: true);
        var total = await CountAsync(db, query);
        if (total == 0 && terms.Words.Count > 1)
        {
            anyWord = true;
            query = terms.ToFtsQuery(all: false);
            total = await CountAsync(db, query);
        }
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var skip = (page - 1) * PageSize;
        var phrase = string.Join(' ', terms.Words);
        // A title that is exactly the words searched ("dom0", "VirtIO") comes first (the 1e6 outweighs any bm25);
        // then bm25, whose weights follow the column order: kind, key, article, anchor (unindexed), title, body,
        // keywords; then the rowid, which follows kind and key. An article has a row per passage: min() keeps its
        // best. The page's rows are chosen first and only they are highlighted: SQLite would otherwise build a
        // snippet for every match before sorting.
        var hits = await db.Database.SqlQuery<SearchHit>($"""
            WITH exact AS (SELECT item FROM SearchTitle WHERE title = lower({phrase})),
            scored AS MATERIALIZED (
                SELECT rowid AS id, bm25(SearchIndex, 0, 0, 0, 0, 8.0, 1.0, 4.0) - (rowid / {RowsPerItem} IN exact) * 1e6 AS score
                FROM SearchIndex WHERE SearchIndex MATCH {query}),
            best AS (SELECT id, min(score) AS score FROM scored GROUP BY id / {RowsPerItem})
            SELECT kind AS Kind, key AS Key, article AS Article, anchor AS Anchor,
                   highlight(SearchIndex, 4, char(2), char(3)) AS Title,
                   snippet(SearchIndex, 5, char(2), char(3), '…', 24) AS Snippet,
                   highlight(SearchIndex, 6, char(2), char(3)) AS Keywords
            FROM SearchIndex WHERE SearchIndex MATCH {query} AND rowid IN (SELECT id FROM best ORDER BY score, id LIMIT {PageSize} OFFSET {skip})
            ORDER BY bm25(SearchIndex, 0, 0, 0, 0, 8.0, 1.0, 4.0) - (rowid / {RowsPerItem} IN exact) * 1e6, rowid
            """).ToListAsync();
        return new SearchResults(terms, total, hits, anyWord, page, PageSize);
    }

    private static Task<int> CountAsync(HypervisorContext db, string query) =>
        db.Database.SqlQuery<int>($"SELECT count(DISTINCT rowid / {RowsPerItem}) AS Value FROM SearchIndex WHERE SearchIndex MATCH {query}").SingleAsync();
}
