using System.Text;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>
/// Broken, hostile and absurd files, each with the one diagnostic it must produce (or null when it is valid).
/// Positions are file positions: the front matter starts on line 2.
/// </summary>
public static class BadContent
{
    private const string Head = "---\ntitle: T\nsummary: S\n---\n";

    public static readonly IReadOnlyDictionary<string, (Func<byte[]> Bytes, string? Expected)> Cases = new Dictionary<string, (Func<byte[]>, string?)>
    {
        ["unclosed quote"] = (Text("---\ntitle: \"T\nsummary: S\n---\nx\n"), "bad.md:2:8: error: While scanning a multi-line double-quoted scalar, found wrong indentation"),
        ["unclosed bracket"] = (Text("---\ntitle: T\nsummary: S\nabout: [xen, kvm\n---\nx\n"), "bad.md:5:1: error: While parsing a flow sequence, did not find expected ',' or ']'"),
        ["tab indentation"] = (Text("---\ntitle: T\nsummary: S\nabout:\n\t- xen\n---\nx\n"), "bad.md:5:1: error: front matter is indented with a tab; YAML indents with spaces only"),
        ["duplicate key"] = (Text("---\ntitle: T\ntitle: U\nsummary: S\n---\nx\n"), "bad.md:3:1: error: Encountered duplicate key title"),
        ["list where text is expected"] = (Text("---\ntitle: [a, b]\nsummary: S\n---\nx\n"), "bad.md:2:8: error: expected a single value here, not a list or mapping"),
        ["text where a number is expected"] = (Text("---\ntitle: T\nsummary: S\ncategories:\n  - id: c\n    name: C\n    order: first\n---\nx\n"), "bad.md:7:12: error: 'first' is not a whole number"),
        ["unknown tag"] = (Text("---\ntitle: !!python/object:os.system T\nsummary: S\n---\nx\n"), "bad.md:2:8: error: Encountered an unresolved tag 'tag:yaml.org,2002:python/object:os.system'"),
        ["billion laughs"] = (Text(Head[..^4] + "about: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nglossary:\n  - id: lol\n    aliases: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n---\nx\n"), "bad.md:7:18: error: YAML aliases (*name) are not allowed in front matter"),
        ["100,000 nested brackets"] = (Text(Head[..^4] + "about: " + Repeat(new string('[', 1_000) + "\n", 100) + Repeat(new string(']', 1_000) + "\n", 100) + "---\nx\n"), "bad.md:4:40: error: YAML lists and mappings are nested more than 32 levels deep"),
        ["10 MB of front matter"] = (Text("---\ntitle: T\nsummary: S\n" + Repeat("# padding padding padding padding padding\n", 250_000) + "---\nx\n"), "bad.md:1:1: error: file is 10,500,030 bytes; the limit is 1,048,576"),
        ["not UTF-8"] = (() => [.. Encoding.Latin1.GetBytes(Head + "Caf\u00e9 au lait\n")], "bad.md:5:4: error: file is not valid UTF-8"),
        ["binary"] = (() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0xFF, 0xFE], "bad.md:1:11: error: file is not valid UTF-8"),
        ["NUL characters"] = (Text(Head + "text\0\0\0\n"), "bad.md:5:5: error: file contains a NUL character; is it binary?"),
        ["empty"] = (() => [], "bad.md:1:1: error: file is empty"),
        ["front matter only"] = (Text("---\ntitle: Only front matter\nsummary: No body at all.\n---\n"), null),
        ["10,000-row pipe table"] = (Text(Head + "| Year | Event |\n|---|---|\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"| {i} | row {i} |\n"))), null),
        ["1,000-deep nested lists"] = (Text(Head + string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- item\n"))), "bad.md:37:65: error: block quotes and lists are nested more than 32 levels deep"),
        ["1,000-deep block quotes"] = (Text(Head + new string('>', 1_000) + " deep\n"), "bad.md:5:33: error: block quotes and lists are nested more than 32 levels deep"),
        ["1 MB single line"] = (Text(Head + new string('a', 1_000_000) + "\n"), "bad.md:5:4097: error: line is 1,000,000 characters long; the limit is 4,096"),
        ["quadratic link openers at the line limit"] = (Text(Head + Repeat(Repeat("[a](", 1_000) + "\n", 200)), null),
        ["table rows of pipes at the line limit"] = (Text(Head + "| a | b |\n|---|---|\n" + Repeat(new string('|', 4_000) + "\n", 200)), null),
        ["code spans at the line limit"] = (Text(Head + Repeat(Repeat("`a` ", 1_000) + "\n\n", 200)), null),
        ["thousands of emphasis spans in one paragraph"] = (Text(Head + Repeat("*a* *b* *c* *d* *e* *f* *g* *h* *i* *j*\n", 4_000)), "bad.md:1:1: error: the file could not be parsed"),
        ["unmatched underscores in one long paragraph"] = (Text(Head + Repeat(Repeat("a_ ", 1_000) + "\n", 300)), "bad.md:1:1: error: the file could not be parsed"),
        ["pipes in one long paragraph"] = (Text(Head + Repeat(Repeat("a | ", 1_000) + "\n", 250)), null),
        ["escaped characters in one long paragraph"] = (Text(Head + Repeat(Repeat("a\\* ", 800) + "\n", 300)), null),
        ["a quarter of a million paragraphs"] = (Text(Head + Repeat("a\n\n", 250_000)), null),
        ["mixed CR, LF and CRLF"] = (Text("---\r\ntitle: Line ends\rsummary: All three kinds.\n---\r\n# Heading\rtext\r\n- item\n"), null),
        ["byte order mark"] = (() => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: BOM\nsummary: Starts with a byte order mark.\n---\nText.\n")], null),
    };

    private static Func<byte[]> Text(string text) => () => Encoding.UTF8.GetBytes(text);

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();
}
