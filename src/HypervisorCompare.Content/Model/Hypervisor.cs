using YamlDotNet.Serialization;

namespace HypervisorCompare.Content.Model;

/// <summary>A hypervisor, declared in an article's front matter.</summary>
public sealed class Hypervisor : ICited
{
    /// <summary>Kebab-case id used in URLs and references (<c>xen</c>).</summary>
    public string Id { get; set; } = "";
    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";
    /// <summary>The types a hypervisor may have: 1 (bare metal) and 2 (hosted).</summary>
    public static readonly IReadOnlyList<int> Types = [1, 2];

    /// <summary>1 for bare metal, 2 for hosted.</summary>
    public int Type { get; set; }
    /// <summary>One-paragraph architecture summary.</summary>
    public string Summary { get; set; } = "";
    /// <summary>Where it was created.</summary>
    public string Origin { get; set; } = "";
    /// <summary>Date of the first public release.</summary>
    public PartialDate? FirstRelease { get; set; }
    /// <summary>Project website.</summary>
    public string Website { get; set; } = "";
    /// <summary>Sources for the declaration itself.</summary>
    public List<SourceLink> Sources { get; set; } = [];
    /// <summary>Sort key wherever hypervisors are listed (lowest first); those without one follow, by name.</summary>
    public int? Order { get; set; }
    /// <summary>Shown by <c>/compare</c> when the URL names no hypervisor.</summary>
    public bool CompareByDefault { get; set; }
    /// <summary>Licences per component, over time.</summary>
    public List<ComponentLicence> Licences { get; set; } = [];
    /// <summary>Developers and stewards, over time.</summary>
    public List<Stewardship> Stewards { get; set; } = [];
    /// <summary>
    /// For a product (Proxmox VE, XCP-ng...), the id of the hypervisor it is built on: the product inherits that
    /// hypervisor's support cells for every feature its own articles do not state. Null for a hypervisor.
    /// </summary>
    public string? BuiltOn { get; set; }
    /// <summary>True for a product built on another hypervisor.</summary>
    [YamlIgnore] public bool IsProduct => BuiltOn is not null;
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}

/// <summary>The licence of one component of a hypervisor (its core, its toolstack...) over a period.</summary>
public sealed class ComponentLicence : ICited
{
    /// <summary>Database key; not part of the content.</summary>
    [YamlIgnore] public int Key { get; set; }
    /// <summary>Owning hypervisor id, filled when the declaration is read.</summary>
    [YamlIgnore] public string HypervisorId { get; set; } = "";
    /// <summary>Component name (<c>hypervisor</c>, <c>toolstack</c>...).</summary>
    public string Component { get; set; } = "";
    /// <summary>SPDX licence expression.</summary>
    public string Expression { get; set; } = "";
    /// <summary>Start of the period.</summary>
    public PartialDate? Since { get; set; }
    /// <summary>End of the period.</summary>
    public PartialDate? Until { get; set; }
    /// <summary>Sources.</summary>
    public List<SourceLink> Sources { get; set; } = [];
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}

/// <summary>An organisation's role in a hypervisor's development over a period.</summary>
public sealed class Stewardship : ICited
{
    /// <summary>Database key; not part of the content.</summary>
    [YamlIgnore] public int Key { get; set; }
    /// <summary>Owning hypervisor id, filled when the declaration is read.</summary>
    [YamlIgnore] public string HypervisorId { get; set; } = "";
    /// <summary>Organisation id.</summary>
    [YamlMember(Alias = "organisation")] public string OrganisationId { get; set; } = "";
    /// <summary>developer, steward, sponsor, maintainer or distributor.</summary>
    public string Role { get; set; } = "";
    /// <summary>Start of the period.</summary>
    public PartialDate? Since { get; set; }
    /// <summary>End of the period.</summary>
    public PartialDate? Until { get; set; }
    /// <summary>Sources.</summary>
    public List<SourceLink> Sources { get; set; } = [];
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}
