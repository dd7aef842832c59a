using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content;

/// <summary>Everything the content folder says, gathered from all articles.</summary>
public sealed class ContentSet
{
    /// <summary>Articles, in path order.</summary>
    public List<Article> Articles { get; } = [];
    /// <summary>Declared hypervisors.</summary>
    public List<Hypervisor> Hypervisors { get; } = [];
    /// <summary>Declared organisations.</summary>
    public List<Organisation> Organisations { get; } = [];
    /// <summary>Declared licences.</summary>
    public List<Licence> Licences { get; } = [];
    /// <summary>Declared categories.</summary>
    public List<Category> Categories { get; } = [];
    /// <summary>Declared features.</summary>
    public List<Feature> Features { get; } = [];
    /// <summary>Support table rows.</summary>
    public List<FeatureSupport> Support { get; } = [];
    /// <summary>Event list items.</summary>
    public List<TimelineEvent> Events { get; } = [];
    /// <summary>Glossary terms.</summary>
    public List<GlossaryTerm> Glossary { get; } = [];
    /// <summary>Timeline eras.</summary>
    public List<Era> Eras { get; } = [];

    /// <summary>Links between articles, checked by the validator.</summary>
    public List<Parsing.ArticleLink> ArticleLinks { get; } = [];

    /// <summary>Adds what one article declares and states.</summary>
    public void Add(Parsing.ParsedArticle parsed)
    {
        Articles.Add(parsed.Article);
        var fm = parsed.FrontMatter;
        Hypervisors.AddRange(fm.Hypervisors);
        Organisations.AddRange(fm.Organisations);
        Licences.AddRange(fm.Licences);
        Categories.AddRange(fm.Categories);
        Features.AddRange(fm.Features);
        Glossary.AddRange(fm.Glossary);
        Eras.AddRange(fm.Eras);
        Support.AddRange(parsed.Support);
        Events.AddRange(parsed.Events);
        ArticleLinks.AddRange(parsed.Links);
    }
}
