namespace HypervisorCompare.Content.Model;

/// <summary>An article: its metadata, its sections and its rendered HTML.</summary>
public sealed class Article
{
    /// <summary>URL slug.</summary>
    public string Slug { get; set; } = "";
    /// <summary>Title.</summary>
    public string Title { get; set; } = "";
    /// <summary>One or two sentences.</summary>
    public string Summary { get; set; } = "";
    /// <summary>Path relative to the content folder's parent.</summary>
    public string Path { get; set; } = "";
    /// <summary>Hypervisor ids the article is about.</summary>
    public List<string> About { get; set; } = [];
    /// <summary>Headings, in order.</summary>
    public List<ArticleSection> Sections { get; set; } = [];
    /// <summary>Rendered HTML of the body.</summary>
    public string Html { get; set; } = "";
    /// <summary>Plain text of the body in bounded passages, for the search index only (not stored as a table).</summary>
    public List<ArticlePassage> Passages { get; set; } = [];
}

/// <summary>At most <see cref="MaxChars"/> characters of an article's text, in the section <see cref="Anchor"/>.</summary>
public sealed record ArticlePassage(string Anchor, string Text)
{
    /// <summary>A few screens of text: long enough that a typical section is one passage, short enough that highlighting one costs little.</summary>
    public const int MaxChars = 8000;
}

/// <summary>A heading of an article.</summary>
public sealed class ArticleSection
{
    /// <summary>Database key; not part of the content.</summary>
    public int Key { get; set; }
    /// <summary>Owning article slug.</summary>
    public string ArticleSlug { get; set; } = "";
    /// <summary>HTML id of the heading.</summary>
    public string Anchor { get; set; } = "";
    /// <summary>Heading text.</summary>
    public string Title { get; set; } = "";
    /// <summary>Heading level, 1 to 6.</summary>
    public int Level { get; set; }
    /// <summary>Position in the article.</summary>
    public int Order { get; set; }
}
