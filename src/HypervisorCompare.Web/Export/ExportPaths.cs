using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace HypervisorCompare.Web.Export;

/// <summary>
/// The one place that decides where an address of the live site is written in a static export, and how the export
/// links to it. Pages become folders with an <c>index.html</c>, so every static host serves them, and a link to the
/// live address (<c>/hypervisors/xen</c>) still arrives: hosts redirect a folder's name to the folder. A query
/// cannot reach a static file, so each exported query view gets a file of its own under <c>_q/</c>, named after its
/// query and a hash of it (ids are lower-case letters, digits and hyphens: <c>_q</c> never collides with one).
/// </summary>
public sealed partial class ExportPaths(string basePath)
{
    /// <summary>The export's path below its host ("" at the root; "/docs/hc" for https://example.org/docs/hc).</summary>
    public string BasePath { get; } = basePath.TrimEnd('/');

    public static ExportPaths For(string? baseUrl) =>
        new(string.IsNullOrEmpty(baseUrl) ? "" : new Uri(baseUrl, UriKind.Absolute).AbsolutePath);

    /// <summary>The file (relative to the export's root, with a leading slash) that holds an answer.</summary>
    public static string File(string address, string mediaType)
    {
        var (path, query) = Split(address);
        // A dot in a page's address is part of an id (/licences/GPL-2.0-only), not an extension: a file keeps its
        // own extension only when a static host would serve it as the same type.
        var html = mediaType == "text/html";
        var extension = html ? "" : Path.GetExtension(path);
        if (extension.Length > 0 && !SameType(extension, mediaType)) extension = "";
        if (query.Length == 0)
            return extension.Length > 0 ? path
                : html ? (path == "/" ? "/index.html" : path + "/index.html")
                : path + ExtensionOf(mediaType);
        var stem = path == "/" ? "/index" : path[..^extension.Length];
        return $"{stem}/_q/{Slug(query)}{(extension.Length > 0 ? extension : ExtensionOf(mediaType))}";
    }

    /// <summary>How a page of the export links to a file of it (a folder's index by the folder's name).</summary>
    public string Link(string file) =>
        BasePath + (file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    public static (string Path, string Query) Split(string address)
    {
        var mark = address.IndexOf('?');
        return mark < 0 ? (address, "") : (address[..mark], address[(mark + 1)..]);
    }

    private static bool SameType(string extension, string mediaType) => extension.ToLowerInvariant() switch
    {
        ".css" => mediaType == "text/css",
        ".js" => mediaType is "text/javascript" or "application/javascript",
        ".svg" => mediaType == "image/svg+xml",
        ".png" or ".ico" or ".webp" or ".woff2" => mediaType.StartsWith("image/", StringComparison.Ordinal) || mediaType.StartsWith("font/", StringComparison.Ordinal),
        var other => ExtensionOf(mediaType) == other,
    };

    private static string ExtensionOf(string mediaType) => mediaType switch
    {
        "text/html" => ".html",
        "application/json" or "application/problem+json" or "application/schema+json" => ".json",
        "text/csv" => ".csv",
        "application/atom+xml" => ".atom",
        "text/calendar" => ".ics",
        "application/xml" or "text/xml" => ".xml",
        _ => ".txt",
    };

    /// <summary>Readable for a person looking at the folder, unique by the hash of the exact query.</summary>
    private static string Slug(string query)
    {
        var readable = NotWord().Replace(Uri.UnescapeDataString(query.Replace('+', ' ')).ToLowerInvariant(), "-").Trim('-');
        if (readable.Length > 60) readable = readable[..60].TrimEnd('-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..8];
        return readable.Length == 0 ? hash : readable + "-" + hash;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
