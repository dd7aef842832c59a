using System.Net;
using System.Text.RegularExpressions;

namespace HypervisorCompare.Web.Export;

/// <summary>
/// The links of a page the site rendered (and of its Atom and sitemap XML): found and rewritten in place, every other
/// byte left as it was. A pattern is enough here, and a parser would re-serialise the page: the input is the site's
/// own output, where Blazor and Markdig always write attributes double-quoted and encoded, so a <c>&gt;</c> or a
/// <c>"</c> never appears inside one.
/// </summary>
public static partial class HtmlLinks
{
    /// <summary>A link in a tag: <paramref name="Value"/> decoded; <paramref name="NoFollow"/> when the tag says rel="nofollow".</summary>
    public sealed record Link(string Tag, string Attribute, string Value, bool NoFollow)
    {
        /// <summary>A form sends a query the export cannot answer: its target is the live server's business.</summary>
        public bool IsForm => Tag == "form";
    }

    public static IEnumerable<Link> Find(string html) =>
        Tag().Matches(html).SelectMany(tag => Of(tag.Groups["name"].Value, tag.Groups["attributes"].Value));

    /// <summary>Replaces each link that <paramref name="map"/> answers for (null leaves it as it is).</summary>
    public static string Rewrite(string html, Func<Link, string?> map) => Tag().Replace(html, tag =>
    {
        var name = tag.Groups["name"].Value;
        var attributes = tag.Groups["attributes"].Value;
        var noFollow = NoFollow(attributes);
        var rewritten = Attribute().Replace(attributes, a =>
            map(new Link(name.ToLowerInvariant(), a.Groups["name"].Value, WebUtility.HtmlDecode(a.Groups["value"].Value), noFollow)) is { } target
                ? $"{a.Groups["name"].Value}=\"{WebUtility.HtmlEncode(target)}\""
                : a.Value);
        return ReferenceEquals(rewritten, attributes) || rewritten == attributes ? tag.Value : $"<{name}{rewritten}>";
    });

    /// <summary>A sitemap's <c>&lt;loc&gt;</c> addresses, rewritten the same way.</summary>
    public static string RewriteLocations(string xml, Func<string, string?> map) => Location().Replace(xml, m =>
        map(WebUtility.HtmlDecode(m.Groups["value"].Value)) is { } target ? $"<loc>{WebUtility.HtmlEncode(target)}</loc>" : m.Value);

    public static IEnumerable<string> Locations(string xml) =>
        Location().Matches(xml).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    private static IEnumerable<Link> Of(string tag, string attributes)
    {
        var noFollow = NoFollow(attributes);
        return Attribute().Matches(attributes)
            .Select(a => new Link(tag.ToLowerInvariant(), a.Groups["name"].Value, WebUtility.HtmlDecode(a.Groups["value"].Value), noFollow));
    }

    private static bool NoFollow(string attributes) =>
        Rel().Match(attributes) is { Success: true } rel && rel.Groups["value"].Value.Split(' ').Contains("nofollow");

    [GeneratedRegex("""<(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>\s[^<>]*)>""")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=\s)(?<name>href|src|action)=""(?<value>[^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"(?<=\s)rel=""(?<value>[^""]*)""")]
    private static partial Regex Rel();

    [GeneratedRegex("""<loc>(?<value>[^<]*)</loc>""")]
    private static partial Regex Location();
}
