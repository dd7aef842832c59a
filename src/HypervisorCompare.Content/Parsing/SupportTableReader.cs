using System.Text.RegularExpressions;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Validation;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HypervisorCompare.Content.Parsing;

/// <summary>Reads the rows of a support table (<c>| Feature | Hypervisor | Support | Since | Until | Note | Sources |</c>).</summary>
internal static partial class SupportTableReader
{
    private static readonly string[] Header = ["Feature", "Hypervisor", "Support", "Since", "Until", "Note", "Sources"];

    public static bool IsSupportTable(Table table) =>
        table.FirstOrDefault() is TableRow { IsHeader: true } header
        && header.Count == Header.Length
        && header.Select((cell, i) => string.Equals(InlineText.Of((Block)cell), Header[i], StringComparison.OrdinalIgnoreCase)).All(x => x);

    public static IEnumerable<FeatureSupport> Read(Table table, ArticleContext context, DiagnosticBag diagnostics)
    {
        foreach (var block in table)
        {
            if (block is not TableRow { IsHeader: false } row) continue;
            var cells = new List<TableCell>(Header.Length);
            foreach (var cell in row)
                if (cell is TableCell tableCell) cells.Add(tableCell);
            var at = context.CitationAt(row);
            at.Column = 1; // Markdig starts a row after its leading pipe; authors count from the line start.
            if (cells.Count != Header.Length)
            {
                diagnostics.Error(at, $"a support row needs {Header.Length} cells, found {cells.Count}");
                continue;
            }
            string Text(int i) => InlineText.Of(cells[i]);
            var levelText = Text(2);
            var support = new FeatureSupport
            {
                FeatureId = Text(0),
                HypervisorId = Text(1),
                Note = Text(5),
                Sources = InlineText.Links(cells[6]),
                Citation = at,
            };
            if (!SupportLevels.TryParse(levelText, out var level))
                context.Error(diagnostics, cells[2], $"support '{levelText}' is not one of yes, partial, no, unknown, not-applicable");
            support.Level = level;
            support.Since = ReadMilestone(Text(3), cells[3], context, diagnostics);
            support.Until = ReadMilestone(Text(4), cells[4], context, diagnostics);
            at.Anchor = context.UniqueAnchor($"support-{support.FeatureId}-{support.HypervisorId}");
            row.GetAttributes().Id = at.Anchor;
            row.GetAttributes().AddClass("fact");
            LinkCell(cells[0], context.Links.CompareRow(support.FeatureId), "This row in the comparison");
            LinkCell(cells[1], context.Links.Hypervisor(support.HypervisorId), "Profile of this hypervisor");
            yield return support;
        }
    }

    /// <summary>Makes a plain cell (a feature or hypervisor id) a link, so a reader can go from the row to what it feeds.</summary>
    private static void LinkCell(TableCell cell, string url, string title)
    {
        if (cell.FirstOrDefault() is not ParagraphBlock { Inline: { FirstChild: not null } inline }) return;
        if (InlineText.HasLink(inline)) return;
        var link = new LinkInline(url, title) { IsClosed = true };
        while (inline.FirstChild is { } child)
        {
            child.Remove();
            link.AppendChild(child);
        }
        inline.AppendChild(link);
    }

    /// <summary>Reads "", "Linux 2.6.20", "2007-02" or "Linux 2.6.20 (2007-02-04)".</summary>
    private static Milestone? ReadMilestone(string text, TableCell cell, ArticleContext context, DiagnosticBag diagnostics)
    {
        if (text.Length == 0) return null;
        string? version = text;
        string? dateText = null;
        if (text.EndsWith(')') && text.LastIndexOf('(') is var open and >= 0)
        {
            version = text[..open].Trim();
            dateText = text[(open + 1)..^1];
        }
        else if (LooksLikeDate(text))
        {
            version = null;
            dateText = text;
        }
        PartialDate? date = null;
        if (dateText is not null)
        {
            if (PartialDate.TryParse(dateText, out var parsed, out var error)) date = parsed;
            else context.Error(diagnostics, cell, error);
        }
        // "[Xen 4.10 (2017-12-12)](xen-releases#event-xen-4-10)" names its release event explicitly.
        var eventId = InlineText.Links(cell).Select(l => EventAnchor().Match(l.Url)).FirstOrDefault(m => m.Success)?.Groups["id"].Value;
        return new Milestone { Version = string.IsNullOrEmpty(version) ? null : version, Date = date, EventId = eventId };
    }

    [GeneratedRegex("#event-(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)$")]
    private static partial Regex EventAnchor();

    private static bool LooksLikeDate(string text) =>
        text.TrimStart('~') is { Length: >= 4 } s && s[..4].All(char.IsAsciiDigit) && s.All(c => char.IsAsciiDigit(c) || c == '-');
}
