using System.Collections;
using System.Reflection;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Validation;

/// <summary>
/// No text field or URL may hold a control character other than tab and newline: XML (the feeds, the sitemap) cannot
/// carry one, and YAML escapes (<c>"KVM\v"</c>) or HTML entities in a URL (<c>&amp;#11;</c>) slip them past the eye.
/// </summary>
public static class TextChecks
{
    /// <summary>Every text field of every fact, reported at the fact's own line.</summary>
    public static void ControlCharacters(DiagnosticBag diagnostics, IEnumerable<ICited> facts)
    {
        foreach (var fact in facts)
            foreach (var (name, text) in Texts(fact)) Report(diagnostics, fact.Citation, name, text);
    }

    /// <summary>An article's title and summary come from its front matter, which starts at line 1.</summary>
    public static void ControlCharacters(DiagnosticBag diagnostics, IEnumerable<Article> articles)
    {
        foreach (var article in articles)
        {
            var at = new Citation { Path = article.Path, Line = 1, Column = 1 };
            Report(diagnostics, at, "title", article.Title);
            Report(diagnostics, at, "summary", article.Summary);
        }
    }

    /// <summary>Control characters other than tab and line ends.</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    private static void Report(DiagnosticBag diagnostics, Citation at, string name, string text)
    {
        if (text.FirstOrDefault(IsForbidden) is var c && c != default)
            diagnostics.Error(at, $"{name} holds the control character U+{(int)c:X4}; remove it");
    }

    private static IEnumerable<(string Name, string Text)> Texts(object fact)
    {
        foreach (var property in fact.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == nameof(ICited.Citation)) continue;
            var name = property.Name.ToLowerInvariant();
            switch (property.GetValue(fact))
            {
                case string s: yield return (name, s); break;
                case SourceLink l: yield return (name + " url", l.Url); yield return (name + " title", l.Title); break;
                case IEnumerable<string> list: foreach (var s in list) yield return (name, s); break;
                // Nested declarations (a hypervisor's licences and stewards) are facts of their own, checked at their own line.
                case IEnumerable list when list is not IEnumerable<ICited>:
                    foreach (var item in list)
                        if (item is SourceLink l) { yield return ("source url", l.Url); yield return ("source title", l.Title); }
                    break;
                case { } other when other.GetType().Namespace == typeof(ICited).Namespace && other is not ICited and not Enum:
                    foreach (var inner in Texts(other)) yield return ($"{name} {inner.Name}", inner.Text);
                    break;
            }
        }
    }
}
