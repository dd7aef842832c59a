using HypervisorCompare.Content.Model;
using Markdig.Syntax.Inlines;

namespace HypervisorCompare.Content.Markdown.EventLeads;

/// <summary>The date and kind at the start of an event list item, put in place of the written lead.</summary>
public sealed class EventLeadInline(string eventId, PartialDate date, string kind) : LeafInline
{
    /// <summary>The event id, its anchor on the timeline.</summary>
    public string EventId { get; } = eventId;

    /// <summary>The event date.</summary>
    public PartialDate Date { get; } = date;

    /// <summary>The event kind.</summary>
    public string Kind { get; } = kind;
}
