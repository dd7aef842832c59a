using YamlDotNet.Serialization;

namespace HypervisorCompare.Content.Model;

/// <summary>A company, university or foundation involved with a hypervisor.</summary>
public sealed class Organisation : ICited
{
    /// <summary>Kebab-case id.</summary>
    public string Id { get; set; } = "";
    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Website, which also serves as its source.</summary>
    public string Website { get; set; } = "";
    /// <summary>One-sentence description.</summary>
    public string Summary { get; set; } = "";
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}

/// <summary>A licence, identified by its SPDX id.</summary>
public sealed class Licence : ICited
{
    /// <summary>SPDX licence id or <c>LicenseRef-…</c>.</summary>
    public string Id { get; set; } = "";
    /// <summary>Full name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Licence text URL.</summary>
    public string Url { get; set; } = "";
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}

/// <summary>A group of features shown together.</summary>
public sealed class Category : ICited
{
    /// <summary>Kebab-case id.</summary>
    public string Id { get; set; } = "";
    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";
    /// <summary>What the category covers.</summary>
    public string Description { get; set; } = "";
    /// <summary>Sort key.</summary>
    public int Order { get; set; }
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}

/// <summary>A capability hypervisors can have.</summary>
public sealed class Feature : ICited
{
    /// <summary>Kebab-case id.</summary>
    public string Id { get; set; } = "";
    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Category id.</summary>
    [YamlMember(Alias = "category")] public string CategoryId { get; set; } = "";
    /// <summary>What the feature is.</summary>
    public string Description { get; set; } = "";
    /// <summary>Other names, for search.</summary>
    public List<string> Synonyms { get; set; } = [];
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}

/// <summary>A glossary entry.</summary>
public sealed class GlossaryTerm : ICited
{
    /// <summary>Kebab-case id, the anchor on the glossary page.</summary>
    public string Id { get; set; } = "";
    /// <summary>The term as written.</summary>
    public string Term { get; set; } = "";
    /// <summary>Plain-text definition.</summary>
    public string Definition { get; set; } = "";
    /// <summary>Other spellings that link to the term.</summary>
    public List<string> Aliases { get; set; } = [];
    /// <summary>Sources.</summary>
    public List<SourceLink> Sources { get; set; } = [];
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}

/// <summary>A labelled period drawn as a band on the timeline.</summary>
public sealed class Era : ICited
{
    /// <summary>Kebab-case id.</summary>
    public string Id { get; set; } = "";
    /// <summary>Label.</summary>
    public string Title { get; set; } = "";
    /// <summary>Hypervisor whose lane the band belongs to; empty for all lanes.</summary>
    [YamlMember(Alias = "hypervisor")] public string? HypervisorId { get; set; }
    /// <summary>Start.</summary>
    public PartialDate? From { get; set; }
    /// <summary>End; open-ended when absent.</summary>
    public PartialDate? To { get; set; }
    /// <summary>What happened in that period.</summary>
    public string Description { get; set; } = "";
    /// <summary>Sources.</summary>
    public List<SourceLink> Sources { get; set; } = [];
    /// <inheritdoc />
    [YamlIgnore] public Citation Citation { get; set; } = new();
}
