using System.Text.RegularExpressions;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Markdown.GlossaryLinks;

/// <summary>
/// Finds glossary terms in text: each term's written form, its form before a parenthesis ("PV" for
/// "PV (paravirtualisation)") and its aliases, as whole words. A form with a capital letter matches exactly
/// ("PV" never matches "pv"); an all-lower-case form also matches at the start of a sentence ("Dom0").
/// </summary>
public sealed class GlossaryIndex
{
    /// <summary>An index with no terms: nothing is linked.</summary>
    public static readonly GlossaryIndex Empty = new([]);

    private readonly Dictionary<string, GlossaryTerm> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GlossaryTerm> _folded = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex? _pattern;

    /// <summary>Indexes <paramref name="terms"/>; when two terms claim the same form, the first declared keeps it.</summary>
    public GlossaryIndex(IEnumerable<GlossaryTerm> terms)
    {
        foreach (var term in terms)
            foreach (var form in FormsOf(term))
            {
                var folded = form.Any(char.IsUpper) ? null : form;
                if (folded is null) _exact.TryAdd(form, term);
                else _folded.TryAdd(folded, term);
            }
        var alternatives = _exact.Keys.Select(Regex.Escape)
            .Concat(_folded.Keys.Select(k => $"(?i:{Regex.Escape(k)})"))
            .OrderByDescending(a => a.Length);
        if (_exact.Count + _folded.Count > 0)
            _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}_])(?<![\p{{L}}\p{{N}}]-)(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}_])(?!-[\p{{L}}\p{{N}}])",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }

    /// <summary>The first use, at or after <paramref name="start"/>, of a term that <paramref name="wanted"/> accepts.</summary>
    public (int Index, int Length, GlossaryTerm Term)? Find(string text, int start, Func<GlossaryTerm, bool> wanted)
    {
        if (_pattern is null) return null;
        for (var match = _pattern.Match(text, start); match.Success; match = _pattern.Match(text, match.Index + 1))
        {
            var term = _exact.GetValueOrDefault(match.Value) ?? _folded.GetValueOrDefault(match.Value);
            if (term is not null && wanted(term)) return (match.Index, match.Length, term);
        }
        return null;
    }

    private static IEnumerable<string> FormsOf(GlossaryTerm term)
    {
        var paren = term.Term.IndexOf(" (", StringComparison.Ordinal);
        IEnumerable<string> forms = [term.Term, paren > 0 ? term.Term[..paren] : "", .. term.Aliases];
        return forms.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct();
    }
}
