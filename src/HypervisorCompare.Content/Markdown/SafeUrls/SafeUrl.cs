namespace HypervisorCompare.Content.Markdown.SafeUrls;

/// <summary>
/// The URLs an article may link to or show: http, https, mailto, and URLs without a scheme (relative, fragment, query).
/// Every other scheme (javascript:, data:, vbscript:, file:…) is refused, read the way a browser reads it.
/// </summary>
public static class SafeUrl
{
    /// <summary>What an unsafe URL becomes: an empty attribute, which runs and loads nothing.</summary>
    public const string Refused = "";

    /// <summary>
    /// True when <paramref name="url"/> has no scheme or an allowed one. Like a browser, leading control characters
    /// and spaces are skipped and tabs and newlines are ignored, so <c>" java\tscript:"</c> is still javascript.
    /// </summary>
    public static bool IsAllowed(string url)
    {
        Span<char> scheme = stackalloc char[6];
        var length = 0;
        var started = false;
        foreach (var c in url)
        {
            if (!started && c <= ' ') continue;
            if (c is '\t' or '\n' or '\r') continue;
            var first = !started;
            started = true;
            if (c == ':') return !first && length <= scheme.Length && IsAllowedScheme(scheme[..length]);
            if (char.IsAsciiLetter(c) || (!first && (char.IsAsciiDigit(c) || c is '+' or '-' or '.')))
            {
                if (length < scheme.Length) scheme[length] = char.ToLowerInvariant(c);
                length++;
                continue;
            }
            return true; // a character no scheme may hold (/, ?, #, %…) before any colon: a relative URL
        }
        return true;
    }

    /// <summary><paramref name="url"/> when it is allowed, otherwise <see cref="Refused"/>.</summary>
    public static string Rewrite(string url) => IsAllowed(url) ? url : Refused;

    private static bool IsAllowedScheme(ReadOnlySpan<char> scheme) => scheme is "http" or "https" or "mailto";
}
