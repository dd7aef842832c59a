using System.Text.RegularExpressions;

namespace HypervisorCompare.Web.Search;

/// <summary>
/// What a visitor typed, reduced to words FTS5 can only read as words. Everything that is not a letter, a digit
/// or a combining mark is dropped, so quotes, operators (AND, NEAR, *, ^, :) and column filters never reach
/// the FTS5 query parser as syntax; each word is then quoted as an FTS5 string.
/// </summary>
public sealed partial record SearchTerms(IReadOnlyList<string> Words, bool Shortened)
{
    /// <summary>Longer input is cut here before it is read.</summary>
    public const int MaxInputLength = 200;

    /// <summary>At most this many words are searched.</summary>
    public const int MaxWords = 12;

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? input)
    {
        var text = input ?? "";
        var shortened = text.Length > MaxInputLength;
        if (shortened) text = text[..MaxInputLength];
        var words = Word().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > MaxWords)
        {
            words = words[..MaxWords];
            shortened = true;
        }
        return new SearchTerms(words, shortened);
    }

    /// <summary>The FTS5 query: every word (<paramref name="all"/>) or any word, each as a quoted string.</summary>
    public string ToFtsQuery(bool all) =>
        string.Join(all ? " AND " : " OR ", Words.Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Word();
}
