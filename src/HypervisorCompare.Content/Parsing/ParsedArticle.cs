using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Parsing;

/// <summary>Everything read from one file: the article and the facts it states.</summary>
public sealed class ParsedArticle
{
    /// <summary>The article itself.</summary>
    public required Article Article { get; init; }
    /// <summary>The typed front matter (declarations).</summary>
    public required FrontMatter FrontMatter { get; init; }
    /// <summary>Rows of support tables.</summary>
    public List<FeatureSupport> Support { get; } = [];
    /// <summary>Items of event lists.</summary>
    public List<TimelineEvent> Events { get; } = [];
}
