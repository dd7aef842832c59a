using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Parsing;

/// <summary>The typed front matter of an article; unknown keys are errors.</summary>
public sealed class FrontMatter
{
    /// <summary>Article title (required).</summary>
    public string? Title { get; set; }
    /// <summary>Article summary (required).</summary>
    public string? Summary { get; set; }
    /// <summary>Overrides the slug taken from the file name.</summary>
    public string? Slug { get; set; }
    /// <summary>Hypervisors the article is about.</summary>
    public List<string> About { get; set; } = [];
    /// <summary>Hypervisor declarations.</summary>
    public List<Hypervisor> Hypervisors { get; set; } = [];
    /// <summary>Organisation declarations.</summary>
    public List<Organisation> Organisations { get; set; } = [];
    /// <summary>Licence declarations.</summary>
    public List<Licence> Licences { get; set; } = [];
    /// <summary>Category declarations.</summary>
    public List<Category> Categories { get; set; } = [];
    /// <summary>Feature declarations.</summary>
    public List<Feature> Features { get; set; } = [];
    /// <summary>Glossary terms.</summary>
    public List<GlossaryTerm> Glossary { get; set; } = [];
    /// <summary>Timeline eras.</summary>
    public List<Era> Eras { get; set; } = [];
}
