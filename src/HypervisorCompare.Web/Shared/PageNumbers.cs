using System.Globalization;

namespace HypervisorCompare.Web.Shared;

/// <summary>The one reader of a page number in a URL: <c>?page=</c> on /compare and /timeline, <c>?p=</c> on /search, <c>?page=</c> and <c>?limit=</c> in the API (<see cref="ApiPage"/>).</summary>
public static class PageNumbers
{
    /// <summary>A positive whole number written in plain digits, else null.</summary>
    public static int? Parse(string? text) =>
        int.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;

    /// <summary>
    /// 1 when absent; when it names no page there is, a notice saying how many there are (<paramref name="whatHas"/>,
    /// such as "this comparison has") and 1.
    /// </summary>
    public static int Parse(string? text, int pageCount, string whatHas, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(text)) return 1;
        if (Parse(text) is { } page && page <= pageCount) return page;
        var s = text.Trim();
        var shown = s.Length > 20 ? s[..20] + "…" : s;
        notices.Add(string.Create(CultureInfo.InvariantCulture,
            $"There is no page '{shown}': {whatHas} {pageCount} page{(pageCount == 1 ? "" : "s")}, so the first is shown."));
        return 1;
    }
}
