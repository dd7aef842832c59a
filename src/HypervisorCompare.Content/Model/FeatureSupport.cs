namespace HypervisorCompare.Content.Model;

/// <summary>How well a hypervisor supports a feature: a closed vocabulary.</summary>
public enum SupportLevel
{
    /// <summary>Supported.</summary>
    Yes,
    /// <summary>Supported with limits stated in the note.</summary>
    Partial,
    /// <summary>Not supported.</summary>
    No,
    /// <summary>Not known.</summary>
    Unknown,
    /// <summary>The question does not apply to this hypervisor.</summary>
    NotApplicable,
}

/// <summary>A version and/or a date marking when something started or stopped.</summary>
public sealed class Milestone
{
    /// <summary>Version text (<c>Linux 2.6.20</c>), or null.</summary>
    public string? Version { get; set; }
    /// <summary>Date, or null.</summary>
    public PartialDate? Date { get; set; }
    /// <summary>
    /// The release event the milestone names, when the content says so explicitly (the cell links to the event's
    /// anchor); otherwise the site matches the version to a release event's title (<see cref="ReleaseNames"/>).
    /// </summary>
    public string? EventId { get; set; }
    /// <summary>Writes the milestone as in the content: <c>Linux 2.6.20 (2007-02-04)</c>.</summary>
    public override string ToString() =>
        (Version, Date) switch
        {
            (not null, not null) => $"{Version} ({Date})",
            (not null, null) => Version,
            (null, not null) => Date.Value.ToString(),
            _ => "",
        };
}

/// <summary>One row of a support table: a hypervisor's support for a feature over a period.</summary>
public sealed class FeatureSupport : ICited
{
    /// <summary>Database key; not part of the content.</summary>
    public int Key { get; set; }
    /// <summary>Feature id.</summary>
    public string FeatureId { get; set; } = "";
    /// <summary>Hypervisor id.</summary>
    public string HypervisorId { get; set; } = "";
    /// <summary>Support level.</summary>
    public SupportLevel Level { get; set; }
    /// <summary>Plain-text note; required for partial support.</summary>
    public string Note { get; set; } = "";
    /// <summary>When this level began, if known.</summary>
    public Milestone? Since { get; set; }
    /// <summary>When this level ended, if it did.</summary>
    public Milestone? Until { get; set; }
    /// <summary>Sources.</summary>
    public List<SourceLink> Sources { get; set; } = [];
    /// <summary>
    /// For a product's cell that its articles do not state, the hypervisor it is inherited from; the citation is
    /// then the base hypervisor's row. Null for a stated row.
    /// </summary>
    public string? InheritedFrom { get; set; }
    /// <summary>The hypervisor whose row states the cell: the base for an inherited cell, else the cell's own.</summary>
    public string StatedFor => InheritedFrom ?? HypervisorId;
    /// <inheritdoc />
    public Citation Citation { get; set; } = new();

    /// <summary>True when the row was in force on <paramref name="day"/>; undated bounds do not constrain.</summary>
    public bool AppliesOn(DateOnly day) =>
        (Since?.Date is not { } since || since.Start <= day) && (Until?.Date is not { } until || day < until.Start);
}
