using System.Security.Cryptography;
using System.Text;
using HypervisorCompare.Content.Markdown.GlossaryLinks;
using HypervisorCompare.Content.Parsing;
using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content;

/// <summary>The outcome of reading a content folder.</summary>
/// <param name="Content">What was read; incomplete when there are errors.</param>
/// <param name="Diagnostics">Every problem found, in file order.</param>
/// <param name="ContentHash">SHA-256 over every file's path and bytes: equal content, equal hash.</param>
/// <param name="Bytes">Total size of the Markdown read.</param>
public sealed record ContentLoadResult(ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics, string ContentHash, long Bytes)
{
    /// <summary>True when the content must not be built.</summary>
    public bool HasErrors => Diagnostics.Count > 0;
}

/// <summary>Reads every <c>*.md</c> file under a folder, parses each once, then validates the whole set.</summary>
public static class ContentLoader
{
    /// <summary>Files above this size are refused before parsing.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The content hash alone, without parsing: cheap enough to run at every start-up.</summary>
    public static string Hash(string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var relative in Files(root)) AppendFile(hash, relative, File.ReadAllBytes(Path.Combine(root, relative)));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<string> Files(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
            : [];

    private static void AppendFile(IncrementalHash hash, string relative, byte[] data)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
        hash.AppendData(data);
    }

    /// <summary>Loads and validates <paramref name="contentDirectory"/>; <paramref name="today"/> bounds event dates.</summary>
    public static ContentLoadResult Load(string contentDirectory, SiteLinks links, DateOnly? today = null)
    {
        var root = Path.GetFullPath(contentDirectory);
        var diagnostics = new DiagnosticBag();
        var content = new ContentSet();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        if (!Directory.Exists(root))
        {
            diagnostics.Error(contentDirectory, 1, 1, "content folder not found");
            return new ContentLoadResult(content, diagnostics.Items, "", 0);
        }
        var parsedArticles = new List<ParsedArticle>();
        var displayRoot = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        var files = new List<(string Display, string Slug, byte[] Data)>();
        foreach (var relative in Files(root))
        {
            var data = File.ReadAllBytes(Path.Combine(root, relative));
            bytes += data.Length;
            AppendFile(hash, relative, data);
            files.Add(($"{displayRoot}/{relative}", Path.GetFileNameWithoutExtension(relative), data));
        }
        // Files are checked and parsed independently, so on every core. Diagnostics keep their order: every file's
        // decoding and limit errors first, then every file's parse diagnostics, each in file order.
        var parsed = new (ParsedArticle? Article, DiagnosticBag Limits, DiagnosticBag Diagnostics)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (display, slug, data) = files[i];
            var limits = new DiagnosticBag();
            var bag = new DiagnosticBag();
            var article = Decode(display, data, limits) is { } text && InputLimits.Check(display, text, limits) ? Parse(display, slug, text, bag, links) : null;
            parsed[i] = (article, limits, bag);
        });
        foreach (var (_, limits, _) in parsed) diagnostics.AddRange(limits);
        foreach (var (article, _, bag) in parsed)
        {
            diagnostics.AddRange(bag);
            if (article is null) continue;
            content.Add(article);
            parsedArticles.Add(article);
        }
        ContentValidator.Validate(content, diagnostics, today ?? DateOnly.FromDateTime(DateTime.UtcNow));
        Products.InheritedSupport.Apply(content);
        var glossary = new GlossaryIndex(content.Glossary);
        var renderDiagnostics = new DiagnosticBag[parsedArticles.Count];
        Parallel.For(0, parsedArticles.Count, i =>
        {
            var article = parsedArticles[i];
            renderDiagnostics[i] = new DiagnosticBag();
            Isolated(article.Article.Path, renderDiagnostics[i], () => { ArticleParser.Render(article, glossary, links); return article; });
        });
        foreach (var bag in renderDiagnostics) diagnostics.AddRange(bag);
        return new ContentLoadResult(content, diagnostics.Items, Convert.ToHexStringLower(hash.GetHashAndReset()), bytes);
    }

    /// <summary>
    /// One file's failure stays that file's error: Markdig refuses some inputs within the limits by throwing (for example
    /// thousands of emphasis spans in one paragraph), and the other files must still be read and reported.
    /// </summary>
    private static ParsedArticle? Parse(string path, string fileSlug, string text, DiagnosticBag diagnostics, SiteLinks links) =>
        Isolated(path, diagnostics, () => ArticleParser.Parse(path, fileSlug, text, diagnostics, links));

    private static ParsedArticle? Isolated(string path, DiagnosticBag diagnostics, Func<ParsedArticle?> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(path, 1, 1, $"the file could not be parsed ({e.Message.TrimEnd('.')}); split long paragraphs and tables, and nest less");
            return null;
        }
    }

    /// <summary>Strict UTF-8 with size, emptiness and binary checks; null when the file cannot be read as an article.</summary>
    internal static string? Decode(string path, byte[] data, DiagnosticBag diagnostics)
    {
        if (data.Length == 0) { diagnostics.Error(path, 1, 1, "file is empty"); return null; }
        if (data.Length > MaxFileBytes)
        {
            diagnostics.Error(path, 1, 1, $"file is {data.Length:N0} bytes; the limit is {MaxFileBytes:N0}");
            return null;
        }
        var start = data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(data, start, data.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(data, start + Math.Max(e.Index, 0));
            diagnostics.Error(path, line, column, "file is not valid UTF-8");
            return null;
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var (line, column) = Position(data, Encoding.UTF8.GetByteCount(text.AsSpan(0, nul)) + start);
            diagnostics.Error(path, line, column, "file contains a NUL character; is it binary?");
            return null;
        }
        return text;
    }

    private static (int Line, int Column) Position(byte[] data, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < data.Length; i++)
            if (data[i] == '\n') { line++; lineStart = i + 1; }
        return (line, index - lineStart + 1);
    }
}
