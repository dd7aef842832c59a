namespace HypervisorCompare.Web.Knowledge;

/// <summary>The <c>Knowledge</c> configuration section (also <c>Knowledge__ContentPath</c> and <c>Knowledge__DatabasePath</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Folder of Markdown articles. Default: the nearest <c>content/</c> folder at or above the working directory.</summary>
    public string? ContentPath { get; set; }

    /// <summary>
    /// The served database: a symbolic link to the current generation file beside it.
    /// Default: <c>data/knowledge.db</c> beside the content folder.
    /// </summary>
    public string? DatabasePath { get; set; }

    /// <summary>Rebuild when files under the content folder change while the site runs.</summary>
    public bool WatchContent { get; set; } = true;

    /// <summary>Fills in defaults that work from a fresh clone and makes both paths absolute.</summary>
    public KnowledgeOptions Resolve(string workingDirectory)
    {
        var content = ContentPath is { Length: > 0 } c ? Path.GetFullPath(c, workingDirectory) : FindContentFolder(workingDirectory);
        var database = DatabasePath is { Length: > 0 } d
            ? Path.GetFullPath(d, workingDirectory)
            : Path.Combine(Path.GetDirectoryName(content)!, "data", "knowledge.db");
        return new KnowledgeOptions { ContentPath = content, DatabasePath = database, WatchContent = WatchContent };
    }

    private static string FindContentFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(start, "content");
    }
}
