using CsCheck;

namespace HypervisorCompare.Web.Tests.Safety;

/// <summary>Generators of Markdown and HTML built from the pieces that break parsers and sanitizers.</summary>
public static class Generated
{
    private static readonly Gen<string> Word = Gen.OneOf(Gen.Char["abcxyz019 é—\u00a0\u2028\ufffd"].Array[1, 8].Select(c => new string(c)), Gen.OneOf(
        "xen", "kvm", "thp", "2003-10", "~2009", "|", " | ", "*", "**", "_", "`", "``", "[", "]", "(", ")", "![", "](", "<", ">", "&", "#", "\\",
        "{", "}", ":", "\"", "'", "\t", "&#106;", "&#x6A;", "&#x09;", "&amp;", "&lt;", "javascript:", "JaVaScRiPt:", "vbscript:",
        "data:text/html,", "https://example.org/", "mailto:a@example.org", "<script>", "</script>", "<img src=x onerror=alert(1)>",
        " onerror=alert(1)", "<svg onload=alert(1)>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "{onclick=alert(1)}"));

    private static readonly Gen<string> LineStart = Gen.OneOf(
        "", "", "", "# ", "## ", "###### ", "- ", "  - ", "    ", "1. ", "2) ", "> ", "> - ", "| ", "|---|---|", "```", "~~~", "---", "***",
        "[ref]: ", "- 2003-10 | release | xen | ev | **", "| Feature | Hypervisor | Support | Since | Until | Note | Sources |");

    private static readonly Gen<string> Line = Gen.Select(LineStart, Word.Array[0, 12], (start, words) => start + string.Concat(words));

    /// <summary>A Markdown body: lines of structure and inline noise, with every kind of line end.</summary>
    public static readonly Gen<string> Body = Gen.Select(Line.Array[0, 30], Gen.OneOf("\n", "\n", "\n\n", "\r\n", "\r"), (lines, end) => string.Join(end, lines));

    /// <summary>A whole file: valid front matter (so the body is parsed) or front matter made of noise.</summary>
    public static readonly Gen<string> Article = Gen.Select(
        Gen.Frequency((4, Gen.Const("---\ntitle: Generated\nsummary: Generated for a property test.\n---\n")), (1, Body.Select(b => "---\n" + b + "\n---\n"))),
        Body, (head, body) => head + body);

    private static readonly Gen<string> Tag = Gen.OneOf("a", "img", "script", "svg", "iframe", "details", "style", "noscript", "math", "mglyph",
        "mtext", "p", "table", "td", "form", "object", "embed", "base", "meta", "input", "video", "source", "xmp", "template", "textarea", "title", "select");

    private static readonly Gen<string> Attribute = Gen.OneOf("href", "src", "onerror", "onload", "ontoggle", "onclick", "style", "srcdoc",
        "action", "formaction", "xlink:href", "data", "title", "id", "open", "http-equiv", "content", "srcset", "background");

    private static readonly Gen<string> Value = Gen.Select(Gen.OneOf("", " ", "\t", "&#x01;", "java", "JAVA", "&#106;ava", "https://example.org/", "/"),
        Gen.OneOf("script:alert(1)", "&#x09;script:alert(1)", "scr\nipt:alert(1)", "x", "data:text/html,<script>alert(1)</script>", "url(javascript:alert(1))", "\"><script>alert(1)</script>"),
        (a, b) => a + b);

    private static readonly Gen<string> HtmlToken = Gen.OneOf(
        Gen.Select(Tag, Gen.Select(Attribute, Value, (a, v) => $" {a}=\"{v}\"").Array[0, 3], (t, attrs) => $"<{t}{string.Concat(attrs)}>"),
        Tag.Select(t => $"</{t}>"), Word, Gen.OneOf("<!--", "-->", "<![CDATA[", "]]>", "\"", "'", "=", "/>"));

    /// <summary>Raw HTML made of tags, attributes and values that have each been used to run script.</summary>
    public static readonly Gen<string> Html = HtmlToken.Array[0, 24].Select(string.Concat);
}
