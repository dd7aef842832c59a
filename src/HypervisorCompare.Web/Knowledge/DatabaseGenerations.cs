using System.Globalization;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// The served database path is a symbolic link to one immutable generation file beside it
/// (<c>knowledge.db -&gt; knowledge.20261126T170512Z.ab12cd34.db</c>). A new build is written to a new file
/// and the link is replaced atomically, so no database file is ever renamed or overwritten while open.
/// </summary>
public sealed class DatabaseGenerations(string linkPath)
{
    /// <summary>How many generations to keep, including the current one.</summary>
    public const int Keep = 3;

    public string LinkPath { get; } = linkPath;

    private string Directory => Path.GetDirectoryName(LinkPath)!;
    private string Stem => Path.GetFileNameWithoutExtension(LinkPath);

    /// <summary>How a generation's name says when it was written (UTC, to the millisecond).</summary>
    private const string WrittenFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    /// <summary>A fresh, unused file name for a new generation.</summary>
    public string NewGenerationPath(string contentHash) =>
        Path.Combine(Directory, $"{Stem}.{DateTime.UtcNow.ToString(WrittenFormat, CultureInfo.InvariantCulture)}.{contentHash[..Math.Min(8, contentHash.Length)]}.{Guid.NewGuid().ToString("n")[..6]}.db");

    /// <summary>
    /// When a generation was written, from its name (no I/O: it is asked on every request); a file not named by
    /// <see cref="NewGenerationPath"/> says it by its modification time.
    /// </summary>
    public static DateTimeOffset WrittenAt(string generationPath) =>
        DateTime.TryParseExact(VersionOf(generationPath).Split('.')[0], WrittenFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var written)
            ? new DateTimeOffset(written, TimeSpan.Zero)
            : new DateTimeOffset(File.GetLastWriteTimeUtc(generationPath), TimeSpan.Zero);

    /// <summary>The generation file currently served, or null when there is none.</summary>
    public string? Current()
    {
        var link = new FileInfo(LinkPath);
        if (link.LinkTarget is null) return link.Exists ? LinkPath : null;
        var target = Path.GetFullPath(link.LinkTarget, Directory);
        return File.Exists(target) ? target : null;
    }

    /// <summary>The version name of a generation file (its name without the stem and extension).</summary>
    public static string VersionOf(string generationPath) => Path.GetFileNameWithoutExtension(generationPath) is var name && name.IndexOf('.') is var dot and >= 0
        ? name[(dot + 1)..]
        : name;

    /// <summary>
    /// The content part of a version name (its hash, without the time and the random part that keep two builds of the
    /// same content apart): what a page shows, so that the same content always renders the same bytes.
    /// </summary>
    public static string ContentOf(string version) => version.Split('.') is [_, var hash, ..] ? hash : version;

    /// <summary>Makes <paramref name="generationPath"/> the served database by replacing the link in one rename.</summary>
    public void Promote(string generationPath)
    {
        if (File.Exists(LinkPath) && new FileInfo(LinkPath).LinkTarget is null)
            throw new IOException($"{LinkPath} is a regular file, not a link to a generation; move it away first");
        var temporary = Path.Combine(Directory, $".{Stem}.{Guid.NewGuid():n}.link");
        File.CreateSymbolicLink(temporary, Path.GetFileName(generationPath));
        File.Move(temporary, LinkPath, overwrite: true);
    }

    /// <summary>Deletes generations beyond the newest <see cref="Keep"/>, never the current one.</summary>
    public void Prune()
    {
        var current = Current();
        var old = System.IO.Directory.EnumerateFiles(Directory, $"{Stem}.*.db")
            .Where(f => f != current)
            .OrderByDescending(f => f, StringComparer.Ordinal)
            .Skip(Keep - 1)
            .ToList();
        // An ingest killed mid-write can leave a rollback journal beside its file, and one killed while promoting a
        // temporary link; neither is ever read again, so they go with the old generations.
        var journals = System.IO.Directory.EnumerateFiles(Directory, $"{Stem}.*.db-*").Where(j => !File.Exists(j[..j.LastIndexOf('-')]) || old.Contains(j[..j.LastIndexOf('-')]));
        var links = System.IO.Directory.EnumerateFileSystemEntries(Directory, $".{Stem}.*.link").Where(IsLeftoverLink);
        foreach (var file in old.Concat(journals.ToList()).Concat(links))
        {
            try { File.Delete(file); }
            catch (IOException) { /* still open somewhere; the next prune retries */ }
        }
    }

    /// <summary>A temporary link that points nowhere, or at a generation written long ago: not one being promoted now.</summary>
    private static bool IsLeftoverLink(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: false) is not { Exists: true } target || target.LastWriteTimeUtc < DateTime.UtcNow.AddMinutes(-10);
}
