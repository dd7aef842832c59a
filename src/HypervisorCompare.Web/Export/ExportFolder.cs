using System.IO.Compression;

namespace HypervisorCompare.Web.Export;

/// <summary>What an export wrote: every file it holds, and how many of them this run had to write or delete.</summary>
public sealed record ExportReport(int Files, long Bytes, int Written, int Unchanged, int Deleted);

/// <summary>
/// Writes an export's files into its folder incrementally: a file whose bytes are already there is not touched (its
/// time stays, so a sync to a CDN uploads only what changed), a file no longer produced is deleted, and each text
/// file of 1 KiB or more gets <c>.gz</c> and <c>.br</c> variants for hosts that serve precompressed files. A marker
/// file says the folder is an export, so a mistyped <c>--out</c> never deletes someone's files as stale.
/// </summary>
public sealed class ExportFolder(string root)
{
    public const string Marker = ".hypervisorcompare-export";

    private static readonly string[] TextExtensions = [".html", ".css", ".js", ".json", ".xml", ".txt", ".csv", ".atom", ".ics", ".svg"];

    /// <summary>
    /// Writes each file as it is made, on every core: a file's bytes, and so its variants, do not depend on the order
    /// of the work, and no more than a few files are in memory at once.
    /// </summary>
    public ExportReport Write(IReadOnlyDictionary<string, Func<byte[]>> files)
    {
        Directory.CreateDirectory(root);
        var marker = Path.Combine(root, Marker);
        if (!File.Exists(marker) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new InvalidOperationException($"{root} is not empty and holds no earlier export ({Marker}): choose an empty or new folder, so that no file of yours is deleted as stale.");
        File.WriteAllBytes(marker, []);
        var paths = files.Keys.ToDictionary(name => name, PathOf);
        var variants = new System.Collections.Concurrent.ConcurrentBag<string>();
        int written = 0, unchanged = 0;
        long bytes = 0;
        Parallel.ForEach(files, file =>
        {
            var body = file.Value();
            var path = paths[file.Key];
            var changed = WriteIfChanged(path, body);
            Interlocked.Increment(ref changed ? ref written : ref unchanged);
            Interlocked.Add(ref bytes, body.Length);
            if (!Compressible(file.Key, body)) return;
            // A variant is a function of its source: written again only with it.
            foreach (var (suffix, encode) in Variants)
            {
                if (changed || !File.Exists(path + suffix)) File.WriteAllBytes(path + suffix, encode(body));
                variants.Add(path + suffix);
            }
        });
        var deleted = DeleteAllBut([marker, .. paths.Values, .. variants]);
        return new ExportReport(files.Count, bytes, written, unchanged, deleted);
    }

    private static bool Compressible(string name, byte[] body) =>
        body.Length >= 1024 && TextExtensions.Contains(Path.GetExtension(name).ToLowerInvariant());

    private string PathOf(string name)
    {
        var path = Path.GetFullPath(Path.Combine(root, name.TrimStart('/')));
        // Names come from the site's own addresses; one that escapes the folder is a bug, not a file to write.
        if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"The export's file {name} would be outside {root}.");
        return path;
    }

    private static bool WriteIfChanged(string path, byte[] body)
    {
        if (File.Exists(path) && new FileInfo(path).Length == body.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(body)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, body);
        return true;
    }

    private int DeleteAllBut(HashSet<string> kept)
    {
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !kept.Contains(f)).ToList())
        {
            File.Delete(file);
            deleted++;
        }
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        return deleted;
    }

    private static readonly (string Suffix, Func<byte[], byte[]> Compress)[] Variants =
    [
        (".gz", body => Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true))),
        // Quality 9 of 11: within a few per cent of the smallest, at a fraction of quality 11's time on 400 KB pages.
        (".br", body =>
        {
            using var encoder = new BrotliEncoder(quality: 9, window: 22);
            var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
            encoder.Compress(body, output, out _, out var written, isFinalBlock: true);
            return output[..written];
        }),
    ];

    private static byte[] Compress(byte[] body, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var compressor = wrap(output)) compressor.Write(body);
        return output.ToArray();
    }
}
