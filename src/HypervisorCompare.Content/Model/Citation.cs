namespace HypervisorCompare.Content.Model;

/// <summary>Where a fact is stated: the article, the file position and the anchor a page links to.</summary>
public sealed class Citation
{
    /// <summary>Slug of the article that states the fact.</summary>
    public string ArticleSlug { get; set; } = "";

    /// <summary>Path of the Markdown file, relative to the content folder's parent (for example <c>content/xen/history.md</c>).</summary>
    public string Path { get; set; } = "";

    /// <summary>1-based line in the file.</summary>
    public int Line { get; set; }

    /// <summary>1-based column in the file.</summary>
    public int Column { get; set; }

    /// <summary>HTML id of the element that states the fact in the rendered article ("" for the article top).</summary>
    public string Anchor { get; set; } = "";

    /// <summary>Anchor of the section (heading) the fact stands in ("" before the first heading).</summary>
    public string Section { get; set; } = "";
}

/// <summary>A fact that remembers where it was stated.</summary>
public interface ICited
{
    /// <summary>Where the fact is stated.</summary>
    Citation Citation { get; set; }
}
