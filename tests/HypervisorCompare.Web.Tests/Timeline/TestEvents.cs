using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Timeline;

/// <summary>Events, eras and timeline data built in code, for layout and component tests that need no database.</summary>
public static class TestEvents
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static TimelineEvent Event(string id, string date, string kind = "release", params string[] hypervisors) => new()
    {
        Id = id,
        Date = PartialDate.Parse(date),
        Kind = kind,
        Hypervisors = [.. hypervisors],
        Title = $"Title of {id}.",
        Description = $"Description of {id}.",
        Sources = [new SourceLink($"https://example.org/{id}", "example.org")],
        Citation = new Citation { ArticleSlug = "history", Anchor = $"event-{id}" },
    };

    public static Era Era(string id, string? from, string? to, string? hypervisor = null) => new()
    {
        Id = id,
        Title = $"Era {id}",
        HypervisorId = hypervisor,
        From = from is null ? null : PartialDate.Parse(from),
        To = to is null ? null : PartialDate.Parse(to),
        Description = $"What happened in {id}.",
        Sources = [new SourceLink("https://example.org/era", "example.org")],
        Citation = new Citation { ArticleSlug = "xen" },
    };

    public static readonly Hypervisor Xen = new() { Id = "xen", Name = "Xen" };
    public static readonly Hypervisor Kvm = new() { Id = "kvm", Name = "KVM" };

    public static readonly IReadOnlyList<TimelineLane> XenKvmShared = [new("xen", "Xen"), new("kvm", "KVM"), TimelineLane.Shared];

    public static TimelineData TimelineOf(IReadOnlyList<TimelineEvent> events, IReadOnlyList<Era>? eras = null, TimelineFilter? filter = null,
        int fromYear = 2000, int toYear = 2026) =>
        new(filter ?? TimelineFilter.All, [Xen, Kvm], events, eras ?? [], new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31), Today)
        {
            FirstYear = fromYear,
        };
}
