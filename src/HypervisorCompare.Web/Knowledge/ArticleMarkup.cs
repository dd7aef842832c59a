using HypervisorCompare.Content.Markdown.SafeUrls;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// A one-pass check that HTML is in the narrow shape our Markdig pipeline writes and holds nothing that can run:
/// every <c>&lt;</c> opens or closes an allowed element, attributes are allowed, double-quoted, and URLs and styles
/// pass their rules. Anything else (a comment, an unknown tag, an unquoted value, a character reference in a URL)
/// is not proven safe and goes to the full sanitizer instead. Text between tags cannot start markup without a <c>&lt;</c>.
/// </summary>
public static class ArticleMarkup
{
    private static readonly HashSet<string> Elements = ["a", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "img", "li", "ol", "p", "pre", "span", "strong", "table", "tbody", "td", "th", "thead", "time", "tr", "ul"];

    private static readonly HashSet<string> Attributes = ["id", "class", "href", "src", "alt", "title", "datetime", "start"];

    private static readonly HashSet<string> Styles = ["text-align: left;", "text-align: center;", "text-align: right;"];

    /// <summary>True when <paramref name="html"/> is proven safe as it is; false means "not proven", not "unsafe".</summary>
    public static bool IsProvablySafe(string html)
    {
        var at = html.IndexOf('<');
        while (at >= 0)
        {
            at = Tag(html, at + 1);
            if (at < 0) return false;
            at = html.IndexOf('<', at);
        }
        return true;
    }

    /// <summary>Reads one tag after its <c>&lt;</c>; returns the index after its <c>&gt;</c>, or -1 when it is not proven safe.</summary>
    private static int Tag(string html, int at)
    {
        var closing = at < html.Length && html[at] == '/';
        if (closing) at++;
        var name = Name(html, ref at);
        if (name is null || !Elements.Contains(name)) return -1;
        if (closing) return At(html, at, '>') ? at + 1 : -1;
        while (At(html, at, ' '))
        {
            at++;
            if (At(html, at, '/')) return At(html, at + 1, '>') ? at + 2 : -1;
            var attribute = Name(html, ref at);
            if (attribute is null || !At(html, at, '=') || !At(html, at + 1, '"')) return -1;
            var end = html.IndexOf('"', at + 2);
            if (end < 0 || !IsSafeValue(attribute, html.AsSpan(at + 2, end - at - 2))) return -1;
            at = end + 1;
        }
        return At(html, at, '>') ? at + 1 : -1;
    }

    private static bool IsSafeValue(string attribute, ReadOnlySpan<char> value) => attribute switch
    {
        "href" or "src" => IsSafeUrl(value.ToString()),
        "style" => Styles.Contains(value.ToString()),
        _ => Attributes.Contains(attribute),
    };

    // The renderer writes & as &amp;; any other character reference could spell a scheme (&colon;), so it is not proven.
    private static bool IsSafeUrl(string value) =>
        !value.Replace("&amp;", "").Contains('&') && SafeUrl.IsAllowed(value.Replace("&amp;", "&"));

    private static string? Name(string html, ref int at)
    {
        var start = at;
        while (at < html.Length && (char.IsAsciiLetterLower(html[at]) || (at > start && char.IsAsciiDigit(html[at])))) at++;
        return at > start ? html[start..at] : null;
    }

    private static bool At(string html, int at, char c) => at < html.Length && html[at] == c;
}
