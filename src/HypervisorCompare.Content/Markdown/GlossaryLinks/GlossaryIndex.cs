using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Markdown.GlossaryLinks;

/// <summary>
/// Finds glossary terms in text: each term's written form, its form before a parenthesis ("PV" for
/// "PV (paravirtualisation)") and its aliases, as whole words (a hyphen joins words: "virtio" is not found in
/// "virtio-net"). A form with a capital letter matches exactly ("PV" never matches "pv"); an all-lower-case form
/// also matches with capitals ("Dom0" at the start of a sentence). Where forms overlap, the longest wins.
/// </summary>
/// <remarks>
/// Forms are indexed by their first word, so a text is read once, word by word, with a dictionary lookup per
/// word; a regular expression of every form was several times slower on the real content.
/// </remarks>
public sealed class GlossaryIndex
{
    /// <summary>An index with no terms: nothing is linked.</summary>
    public static readonly GlossaryIndex Empty = new([]);

    private readonly Dictionary<string, List<Form>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    private sealed record Form(string Text, bool IgnoreCase, GlossaryTerm Term);

    /// <summary>Indexes <paramref name="terms"/>; when two terms claim the same form, the first declared keeps it.</summary>
    public GlossaryIndex(IEnumerable<GlossaryTerm> terms)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var folded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
            foreach (var text in FormsOf(term))
            {
                var ignoreCase = !text.Any(char.IsUpper);
                var firstWord = text[..WordEnd(text, 0)];
                if (firstWord.Length == 0 || !(ignoreCase ? folded : exact).Add(text)) continue;
                if (!_byFirstWord.TryGetValue(firstWord, out var forms)) _byFirstWord[firstWord] = forms = [];
                forms.Add(new Form(text, ignoreCase, term));
            }
        foreach (var forms in _byFirstWord.Values) forms.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
    }

    /// <summary>The first use, at or after <paramref name="start"/>, of a term that <paramref name="wanted"/> accepts.</summary>
    public (int Index, int Length, GlossaryTerm Term)? Find(string text, int start, Func<GlossaryTerm, bool> wanted)
    {
        if (_byFirstWord.Count == 0) return null;
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = start; i < text.Length; i++)
        {
            if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1])) || (i > 1 && text[i - 1] == '-' && IsWordChar(text[i - 2]))) continue;
            var end = WordEnd(text, i);
            if (lookup.TryGetValue(text.AsSpan(i, end - i), out var forms)
                && forms.FirstOrDefault(f => MatchesAt(text, i, f)) is { } form && wanted(form.Term))
                return (i, form.Text.Length, form.Term);
            i = end - 1;
        }
        return null;
    }

    private static bool MatchesAt(string text, int index, Form form)
    {
        var end = index + form.Text.Length;
        return end <= text.Length
            && string.Compare(text, index, form.Text, 0, form.Text.Length, form.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0
            && (end == text.Length || !IsWordChar(text[end]))
            && !(end + 1 < text.Length && text[end] == '-' && IsWordChar(text[end + 1]));
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return end;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static IEnumerable<string> FormsOf(GlossaryTerm term)
    {
        var paren = term.Term.IndexOf(" (", StringComparison.Ordinal);
        IEnumerable<string> forms = [term.Term, paren > 0 ? term.Term[..paren] : "", .. term.Aliases];
        return forms.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct();
    }
}
