using HypervisorCompare.Content.Markdown.EventLeads;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Validation;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HypervisorCompare.Content.Parsing;

/// <summary>
/// Reads list items that start with an event lead (<c>2003-10 | release | xen | xen-1-0 | **Title.** …</c>)
/// and replaces the lead with an <see cref="EventLeadInline"/> so the article renders it as a date and a kind.
/// </summary>
internal static class EventListReader
{
    public static TimelineEvent? TryRead(ListItemBlock item, ArticleContext context, DiagnosticBag diagnostics)
    {
        if (item.FirstOrDefault() is not ParagraphBlock { Inline: { } inline } paragraph) return null;
        var leadInlines = inline.TakeWhile(i => i is not EmphasisInline { DelimiterCount: 2 }).ToList();
        var lead = InlineText.OfAll(leadInlines);
        var firstPipe = lead.IndexOf('|');
        if (firstPipe < 0 || !StartsWithDate(lead)) return null;

        var at = context.CitationAt(item);
        var parts = lead.Split('|').Select(p => p.Trim()).ToArray();
        var title = inline.FirstOrDefault(i => i is EmphasisInline { DelimiterCount: 2 });
        if (parts.Length != 5 || parts[4].Length != 0 || title is null)
        {
            diagnostics.Error(at, "an event starts with 'date | kind | hypervisors | id | **Title.**'");
            return null;
        }
        var dated = PartialDate.TryParse(parts[0], out var date, out var dateError);
        if (!dated) diagnostics.Error(at, dateError);
        if (!TimelineEvent.Kinds.Contains(parts[1]))
            diagnostics.Error(at, $"event kind '{parts[1]}' is not one of {string.Join(", ", TimelineEvent.Kinds)}");
        if (!dated) return null;

        var ev = new TimelineEvent
        {
            Id = parts[3],
            Date = date,
            Kind = parts[1],
            Hypervisors = parts[2] == "-" ? [] : parts[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            Title = InlineText.Of(title).TrimEnd('.'),
            Description = DescriptionOf(item, title),
            Sources = InlineText.Links(item),
            Citation = at,
        };
        at.Anchor = context.UniqueAnchor($"event-{ev.Id}");
        item.GetAttributes().Id = at.Anchor;
        item.GetAttributes().AddClass("fact");
        item.GetAttributes().AddClass("event");

        foreach (var leadInline in leadInlines) leadInline.Remove();
        title.InsertBefore(new EventLeadInline(ev.Id, ev.Date, ev.Kind));
        return ev;
    }

    private static bool StartsWithDate(string lead) =>
        lead.TrimStart().TrimStart('~') is { Length: >= 4 } s && s[..4].All(char.IsAsciiDigit);

    private static string DescriptionOf(ListItemBlock item, Inline title)
    {
        var afterTitle = new List<Inline>();
        for (var next = title.NextSibling; next is not null; next = next.NextSibling) afterTitle.Add(next);
        var rest = item.Skip(1).Select(InlineText.Of);
        return string.Join(' ', rest.Prepend(InlineText.OfAll(afterTitle)).Where(s => s.Length > 0));
    }
}
