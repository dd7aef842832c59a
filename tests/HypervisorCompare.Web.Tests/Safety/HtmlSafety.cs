using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HypervisorCompare.Web.Tests.Safety;

/// <summary>
/// What a served page may contain, read the way a browser reads it (AngleSharp parses like one): no script we did
/// not write, no event-handler attribute, no URL with a scheme other than http, https or mailto, no frames or plugins.
/// </summary>
public static partial class HtmlSafety
{
    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "srcset", "poster", "data", "background", "cite", "longdesc", "ping", "xlink:href", "srcdoc"];

    private static readonly string[] ForbiddenElements = ["iframe", "frame", "frameset", "object", "embed", "applet"];

    /// <summary>Every way <paramref name="html"/> could run script, as readable problems; empty when there are none.</summary>
    public static List<string> Problems(string html)
    {
        // Parsed as a browser with script enabled parses: <noscript> content is then text, which is how mutation-XSS hides.
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script" && (element.GetAttribute("src") is not { } src || !IsSameOrigin(src) || element.TextContent.Length > 0))
                problems.Add($"a script we did not write: {Excerpt(element)}");
            if (ForbiddenElements.Contains(name)) problems.Add($"a <{name}> element: {Excerpt(element)}");
            if (name == "meta" && element.HasAttribute("http-equiv")) problems.Add($"a meta http-equiv: {Excerpt(element)}");
            if (name == "base" && element.GetAttribute("href") != "/") problems.Add($"a base we did not write: {Excerpt(element)}");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"an event-handler attribute: {Excerpt(element)}");
                if (UrlAttributes.Contains(attribute.Name) && !IsSafeUrl(attribute.Value))
                    problems.Add($"a URL with an unsafe scheme: {Excerpt(element)}");
                if (attribute.Name == "style" && UnsafeStyle().IsMatch(attribute.Value))
                    problems.Add($"a style that loads or runs something: {Excerpt(element)}");
            }
        }
        return problems;
    }

    /// <summary>What a browser does before reading a scheme: strip leading C0 controls and spaces, drop tabs and newlines.</summary>
    public static bool IsSafeUrl(string url)
    {
        var cleaned = new string(url.TrimStart(Enumerable.Range(0, 33).Select(c => (char)c).ToArray()).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
        var scheme = Scheme().Match(cleaned);
        return !scheme.Success || scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto";
    }

    private static bool IsSameOrigin(string url) => url.StartsWith('/') && !url.StartsWith("//") && IsSafeUrl(url);

    private static string Excerpt(IElement element) => element.OuterHtml.Length > 160 ? element.OuterHtml[..160] + "…" : element.OuterHtml;

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"url\s*\(|expression\s*\(|javascript:|@import", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeStyle();
}
