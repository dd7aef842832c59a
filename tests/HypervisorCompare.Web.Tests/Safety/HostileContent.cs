namespace HypervisorCompare.Web.Tests.Safety;

/// <summary>
/// Valid content whose every free-text field and article body carries XSS payloads: raw tags, event handlers,
/// script URLs in every spelling, attribute breakouts and mutation-XSS. All of it must reach pages as text.
/// </summary>
public static class HostileContent
{
    /// <summary>Markup payloads; each calls alert, so a browser that runs one shows a dialog.</summary>
    public static readonly string[] Markup =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<svg onload=alert(3)>",
        "<svg><script>alert(4)</script></svg>",
        "<iframe srcdoc=\"<script>alert(5)</script>\"></iframe>",
        "<details open ontoggle=alert(6)>",
        "<a href=\"javascript:alert(7)\">link</a>",
        "\"><script>alert(8)</script>",
        "' onmouseover='alert(9)' x='",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(10)>\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(11)>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(12)>\">",
        "<body onload=alert(13)>",
        "<object data=\"javascript:alert(14)\"></object><embed src=\"javascript:alert(15)\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(16)\">",
        "<base href=\"javascript:alert(17)//\">",
        "<form action=\"javascript:alert(18)\"><button>go</button></form>",
        "<input autofocus onfocus=alert(19)>",
        "<video><source onerror=alert(20)></video>",
        "<style>*{background:url(javascript:alert(21))}</style>",
        "<xmp><script>alert(22)</script></xmp>",
        "{{constructor.constructor('alert(23)')()}}",
    ];

    /// <summary>Markdown links and images whose target runs script, in every spelling Markdig accepts.</summary>
    public static readonly string[] Links =
    [
        "[lower](javascript:alert(31))",
        "[mixed](JaVaScRiPt:alert(32))",
        "[entity](&#106;avascript:alert(33))",
        "[hex entity](&#x6A;avascript&#x3A;alert(34))",
        "[tab entity](java&#x09;script:alert(35))",
        "[newline entity](java&#x0A;script:alert(36))",
        "[control entity](&#x01;javascript:alert(37))",
        "[leading space]( javascript:alert(38))",
        "[angle brackets](<javascript:alert(39)>)",
        "[vbscript](vbscript:msgbox(40))",
        "[data html](data:text/html;base64,PHNjcmlwdD5hbGVydCg0MSk8L3NjcmlwdD4=)",
        "![image](javascript:alert(42))",
        "![svg image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNDMpPg==)",
        "<javascript:alert(44)>",
        "<JAVASCRIPT:alert(45)>",
        "<vbscript:msgbox(46)>",
        "<data:text/html,alert(47)>",
        "[reference][js-ref] and [another][data-ref] and ![pic][js-ref]",
        "[breakout](https://example.org/\"onmouseover=\"alert(48))",
        "[title breakout](https://example.org/ \"x\\\" onmouseover=\\\"alert(49)\")",
        "![alt breakout\" onerror=\"alert(50)](https://example.org/a.png \"t\\\" onerror=\\\"alert(51)\")",
        "[attributes](https://example.org/){onclick=alert(52)}",
    ];

    public const string Article = "hostile";

    /// <summary>Writes <c>hostile.md</c>: a hypervisor, category, feature, glossary term, era, support rows and events, all hostile.</summary>
    public static void WriteTo(TestKnowledge knowledge)
    {
        var all = Markup.Concat(Links).ToArray();
        string Pick(int i) => Quote(Markup[i % Markup.Length]);
        var yaml = $"""
            ---
            title: {Pick(0)}
            summary: {Pick(1)}
            about: [hostile]
            hypervisors:
              - id: hostile
                name: {Pick(2)}
                type: 2
                summary: {Pick(3)}
                origin: {Pick(4)}
                website: https://example.org/?q=%3Cscript%3E
                sources: [https://example.org/]
            organisations:
              - id: hostile-org
                name: {Pick(5)}
                website: https://example.org/
                summary: {Pick(6)}
            categories:
              - id: hostile-category
                name: {Pick(7)}
                description: {Pick(8)}
                order: 9
            features:
              - id: hostile-feature
                name: {Pick(9)}
                category: hostile-category
                description: {Pick(10)}
                synonyms: [{Pick(11)}, {Pick(12)}]
            glossary:
              - id: hostile-term
                term: {Pick(13)}
                definition: {Pick(14)}
                aliases: [{Pick(15)}]
                sources: [https://example.org/]
            eras:
              - id: hostile-era
                title: {Pick(16)}
                hypervisor: hostile
                from: 2001
                to: 2002
                description: {Pick(17)}
                sources: [https://example.org/]
            ---
            """;
        var rows = new[] { ("ksm", "hostile"), ("thp", "hostile"), ("hostile-feature", "xen"), ("hostile-feature", "kvm"), ("hostile-feature", "hostile") }
            .Select((r, i) => $"| {r.Item1} | {r.Item2} | partial | | | {Cell(Markup[i])} | [{Cell(Markup[i + 5])}](https://example.org/{i}) |");
        var events = Markup.Take(6).Select((m, i) => $"- 200{i} | release | hostile | hostile-event-{i} | **{m}** {Markup[^(i + 1)]} <https://example.org/e{i}>");
        var body = string.Join("\n\n", [
            $"# {Markup[1]} heading",
            $"## {Markup[2]} section",
            .. all.Select(p => $"Payload: {p}"),
            "| Feature | Hypervisor | Support | Since | Until | Note | Sources |\n|---|---|---|---|---|---|---|\n" + string.Join('\n', rows),
            string.Join('\n', events),
            $"`{Markup[0]}` and\n\n```html\n{Markup[0]}\n```",
            "[js-ref]: javascript:alert(53)\n[data-ref]: data:text/html,alert(54)",
        ]);
        knowledge.Write(Article + ".md", yaml + "\n" + body + "\n");
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Pipes would split a table cell.</summary>
    private static string Cell(string s) => s.Replace("|", "\\|");
}
