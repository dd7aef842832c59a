using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content.Parsing;

/// <summary>
/// Limits checked on the raw text before Markdig or YamlDotNet see it. Markdig's inline parsing takes time that grows
/// with the square of a line's length for some inputs, and both parsers fail or recurse on deep nesting, so a file
/// over a limit is refused with one error at the place it crosses it, and the other files are still read.
/// </summary>
public static class InputLimits
{
    /// <summary>The longest line, in characters; the longest line of real content is under a thousand.</summary>
    public const int MaxLineLength = 4_096;

    /// <summary>How deeply block quotes and lists may nest in the body, and YAML flow collections in the front matter.</summary>
    public const int MaxDepth = 32;

    /// <summary>True when <paramref name="text"/> is within every limit; otherwise reports the first excess and returns false.</summary>
    public static bool Check(string path, string text, DiagnosticBag diagnostics)
    {
        var yaml = new YamlDepthScanner();
        var markdown = new MarkdownDepthScanner();
        var inFrontMatter = false;
        var number = 0;
        foreach (var range in Lines(text))
        {
            var line = text.AsSpan(range);
            number++;
            if (line.Length > MaxLineLength)
                return Refuse(diagnostics, path, number, MaxLineLength + 1, $"line is {line.Length:N0} characters long; the limit is {MaxLineLength:N0}");
            var fence = line.TrimEnd() is "---";
            if (number == 1 && fence) { inFrontMatter = true; continue; }
            if (inFrontMatter && (fence || line.TrimEnd() is "...")) { inFrontMatter = false; continue; }
            var problem = inFrontMatter ? yaml.Scan(line) : markdown.Scan(line);
            if (problem is var (column, message)) return Refuse(diagnostics, path, number, column, message);
        }
        return true;
    }

    private static bool Refuse(DiagnosticBag diagnostics, string path, int line, int column, string message)
    {
        diagnostics.Error(path, line, column, message);
        return false;
    }

    /// <summary>Line ranges, ending at \n, \r\n or a lone \r as Markdig reads them.</summary>
    private static IEnumerable<Range> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            yield return start..i;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) yield return start..text.Length;
    }
}
