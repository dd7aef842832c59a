using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace HypervisorCompare.Web.Api;

/// <summary>
/// One page of a collection, <c>?limit=&amp;page=</c>: at most <see cref="Limit"/> items, page <see cref="Number"/>
/// (1-based). The body stays a plain JSON array; the total and the links to the other pages go in headers.
/// </summary>
public sealed record ApiPage(int Limit, int Number)
{
    public const int DefaultLimit = 100, MaxLimit = 500;
    public const string LimitName = "limit", PageName = "page";
    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>The one binder of the paging parameters; a value that cannot be used is a 400 naming it.</summary>
    public static bool TryParse(IQueryCollection query, out ApiPage page, out ProblemHttpResult? problem)
    {
        string limit = query[LimitName].ToString(), number = query[PageName].ToString();
        int? l = limit.Length == 0 ? DefaultLimit : PageNumbers.Parse(limit), n = number.Length == 0 ? 1 : PageNumbers.Parse(number);
        page = new(l ?? DefaultLimit, n ?? 1);
        problem = l is null or > MaxLimit
            ? ApiProblems.BadParameter(LimitName, [$"limit must be a whole number from 1 to {MaxLimit} (the default is {DefaultLimit}); it is '{Shown(limit)}'."])
            : n is null ? ApiProblems.BadParameter(PageName, [$"page must be a whole number from 1 (the first page); it is '{Shown(number)}'."])
            : null;
        return problem is null;
    }

    /// <summary>How many pages <paramref name="total"/> items fill: at least one, so an empty collection has a first and last page.</summary>
    public int PageCount(int total) => Math.Max(1, (int)((total + (long)Limit - 1) / Limit));

    /// <summary>This page's part of <paramref name="all"/>, in its order; empty past the end.</summary>
    public IEnumerable<T> Of<T>(IReadOnlyList<T> all) => all.Skip(Skip(all.Count)).Take(Limit);

    /// <summary>
    /// This page's <paramref name="items"/> of <paramref name="total"/>, with <c>X-Total-Count</c> and an RFC 8288 <c>Link</c>
    /// header (first, prev, next, last) whose addresses keep every other parameter of the request as it was given.
    /// </summary>
    public Ok<List<T>> Answer<T>(HttpContext http, List<T> items, int total)
    {
        var headers = http.Response.Headers;
        headers[TotalCountHeader] = total.ToString(CultureInfo.InvariantCulture);
        var last = PageCount(total);
        var links = new List<(int Page, string Rel)> { (1, "first") };
        if (Number > 1) links.Add((Math.Min(Number - 1, last), "prev"));
        if (Number < last) links.Add((Number + 1, "next"));
        links.Add((last, "last"));
        headers.Link = string.Join(", ", links.Select(l => $"<{Url(http, l.Page)}>; rel=\"{l.Rel}\""));
        return TypedResults.Ok(items);
    }

    /// <summary>How many items come before this page, capped at <paramref name="total"/> (a page far past the end would overflow).</summary>
    public int Skip(int total) => (int)Math.Min((long)(Number - 1) * Limit, total);

    /// <summary>This request's address with page <paramref name="page"/>: the other parameters in their order, re-encoded.</summary>
    private static string Url(HttpContext http, int page)
    {
        var request = http.Request;
        var kept = new List<string>();
        foreach (var pair in new QueryStringEnumerable(request.QueryString.Value))
            if (pair.DecodeName().ToString() is var name && name != PageName)
                kept.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(pair.DecodeValue().ToString()));
        kept.Add(PageName + "=" + page.ToString(CultureInfo.InvariantCulture));
        return http.RequestServices.GetRequiredService<SiteAddress>().Root(request) + request.PathBase + request.Path + "?" + string.Join('&', kept);
    }

    private static string Shown(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
