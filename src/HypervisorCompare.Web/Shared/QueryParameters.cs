using Microsoft.AspNetCore.WebUtilities;

namespace HypervisorCompare.Web.Shared;

/// <summary>
/// Names the query parameters a page does not read, with the nearest known name: a misspelt <c>?hv=</c> would
/// otherwise be ignored without a word and the reader would wonder why the filter did nothing.
/// </summary>
public static class QueryParameters
{
    public static IEnumerable<string> Unknown(string uri, IReadOnlyCollection<string> known)
    {
        var query = new Uri(uri, UriKind.Absolute).Query;
        foreach (var name in QueryHelpers.ParseQuery(query).Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).Take(5))
        {
            var shown = name.Length > 40 ? name[..40] + "…" : name;
            var nearest = known.MinBy(k => Distance(k, name));
            yield return nearest is not null && Distance(nearest, name) <= Math.Max(1, name.Length / 2)
                ? $"Unknown parameter {shown}; did you mean {nearest}?"
                : $"Unknown parameter {shown}; this page reads {string.Join(", ", known)}.";
        }
    }

    /// <summary>Levenshtein distance; names are short.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
