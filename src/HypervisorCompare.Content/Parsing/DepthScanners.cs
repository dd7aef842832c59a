namespace HypervisorCompare.Content.Parsing;

/// <summary>
/// Estimates block nesting line by line: each '&gt;' and list marker at the start of a line is a level, and so are
/// every two columns of indentation (how nested lists are written). It errs high, far below Markdig's own limit.
/// Fenced code is skipped: what it holds is text, not structure.
/// </summary>
internal sealed class MarkdownDepthScanner
{
    private char _fence;
    private int _fenceLength;

    public (int Column, string Message)? Scan(ReadOnlySpan<char> line)
    {
        var i = 0;
        var indent = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++) indent += line[i] == '\t' ? 4 - indent % 4 : 1;
        var depth = indent / 2;
        var tooDeepAt = depth > InputLimits.MaxDepth ? i : -1;
        while (tooDeepAt < 0 && i < line.Length && MarkerLength(line[i..]) is var marker and > 0)
        {
            if (++depth > InputLimits.MaxDepth) tooDeepAt = i;
            for (i += marker; i < line.Length && line[i] is ' ' or '\t'; i++) { }
        }
        var rest = line[i..];
        if (_fence != '\0')
        {
            if (rest.Length >= _fenceLength && rest.TrimEnd().Trim(_fence).IsEmpty) _fence = '\0';
            return null;
        }
        if (rest.StartsWith("```") || rest.StartsWith("~~~"))
        {
            _fence = rest[0];
            _fenceLength = rest.Length - rest.TrimStart(_fence).Length;
        }
        return tooDeepAt >= 0 ? (tooDeepAt + 1, $"block quotes and lists are nested more than {InputLimits.MaxDepth} levels deep") : null;
    }

    /// <summary>Length of a '&gt;', '-', '*', '+' or '1.' / '1)' marker at the start of <paramref name="s"/>, or 0.</summary>
    private static int MarkerLength(ReadOnlySpan<char> s)
    {
        if (s[0] == '>') return 1;
        if (s[0] is '-' or '*' or '+') return s.Length == 1 || s[1] is ' ' or '\t' ? 1 : 0;
        var digits = 0;
        while (digits < s.Length && digits < 10 && char.IsAsciiDigit(s[digits])) digits++;
        if (digits is 0 or 10 || digits >= s.Length || s[digits] is not ('.' or ')')) return 0;
        return digits + 1 == s.Length || s[digits + 1] is ' ' or '\t' ? digits + 1 : 0;
    }
}

/// <summary>
/// Follows YAML flow collections ([...] and {...}) across the front matter, skipping quoted scalars, comments and
/// block scalars, and reports one opened deeper than the limit. Also reports a tab starting a line outside them,
/// which YAML forbids as indentation and YamlDotNet reports at the start of the enclosing mapping instead.
/// </summary>
internal sealed class YamlDepthScanner
{
    private int _depth;
    private char _quote;
    private int _blockScalarParentIndent = -1;

    public (int Column, string Message)? Scan(ReadOnlySpan<char> line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        if (_blockScalarParentIndent >= 0)
        {
            if (line.IsWhiteSpace() || indent > _blockScalarParentIndent) return null;
            _blockScalarParentIndent = -1;
        }
        if (_quote == '\0' && _depth == 0 && line is ['\t', ..])
            return (1, "front matter is indented with a tab; YAML indents with spaces only");
        var valueStart = true;
        for (var i = indent; i < line.Length; i++)
        {
            var c = line[i];
            if (_quote == '\'') { if (c == '\'') { if (i + 1 < line.Length && line[i + 1] == '\'') i++; else _quote = '\0'; } continue; }
            if (_quote == '"') { if (c == '\\') i++; else if (c == '"') _quote = '\0'; continue; }
            if (c is ' ' or '\t') continue;
            if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t')) break;
            var flow = _depth > 0;
            if (c is '[' or '{' && (flow || valueStart))
            {
                if (++_depth > InputLimits.MaxDepth)
                    return (i + 1, $"YAML lists and mappings are nested more than {InputLimits.MaxDepth} levels deep");
                valueStart = true;
            }
            else if (c is ']' or '}' && flow) { _depth--; valueStart = false; }
            else if (c == ',' && flow) valueStart = true;
            else if (c is '\'' or '"' && valueStart) _quote = c;
            else if (c is '|' or '>' && valueStart && !flow) { _blockScalarParentIndent = indent; break; }
            else valueStart = c is ':' or '-' or '?' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t');
        }
        return null;
    }
}
