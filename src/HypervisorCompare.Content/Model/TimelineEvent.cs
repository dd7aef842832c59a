namespace HypervisorCompare.Content.Model;

/// <summary>A dated event from an article's event list.</summary>
public sealed class TimelineEvent : ICited
{
    /// <summary>The kinds an event may have.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "release", "announcement", "acquisition", "founding", "licence", "kernel-integration",
        "adoption", "deprecation", "fork", "governance", "publication",
    ];

    /// <summary>Kebab-case id, the permalink anchor.</summary>
    public string Id { get; set; } = "";
    /// <summary>When it happened, to the precision the source gives.</summary>
    public PartialDate Date { get; set; }
    /// <summary>One of <see cref="Kinds"/>.</summary>
    public string Kind { get; set; } = "";
    /// <summary>Hypervisor ids involved; empty for ecosystem events.</summary>
    public List<string> Hypervisors { get; set; } = [];
    /// <summary>Short title.</summary>
    public string Title { get; set; } = "";
    /// <summary>Plain-text description.</summary>
    public string Description { get; set; } = "";
    /// <summary>Sources.</summary>
    public List<SourceLink> Sources { get; set; } = [];
    /// <inheritdoc />
    public Citation Citation { get; set; } = new();
}
