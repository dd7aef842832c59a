namespace HypervisorCompare.Content.Model;

/// <summary>The support vocabulary as written in content, URLs, JSON and the database.</summary>
public static class SupportLevels
{
    /// <summary>Every level, in display order.</summary>
    public static readonly IReadOnlyList<SupportLevel> All = Enum.GetValues<SupportLevel>();

    /// <summary>The written form: <c>yes</c>, <c>partial</c>, <c>no</c>, <c>unknown</c>, <c>not-applicable</c>.</summary>
    public static string ToText(SupportLevel level) => level switch
    {
        SupportLevel.Yes => "yes",
        SupportLevel.Partial => "partial",
        SupportLevel.No => "no",
        SupportLevel.Unknown => "unknown",
        SupportLevel.NotApplicable => "not-applicable",
        _ => level.ToString().ToLowerInvariant(),
    };

    /// <summary>Parses the written form (case-insensitive, surrounding space ignored).</summary>
    public static bool TryParse(string? text, out SupportLevel level)
    {
        // Allocation-free: every support row a page reads goes through here.
        var trimmed = (text ?? "").AsSpan().Trim();
        Span<char> wanted = stackalloc char[Math.Min(trimmed.Length, 32)];
        if (trimmed.Length <= wanted.Length)
        {
            trimmed.ToLowerInvariant(wanted);
            foreach (var candidate in All)
            {
                if (!wanted.SequenceEqual(ToText(candidate))) continue;
                level = candidate;
                return true;
            }
        }
        level = SupportLevel.Unknown;
        return false;
    }

    /// <summary>Parses a stored value.</summary>
    public static SupportLevel Parse(string text) =>
        TryParse(text, out var level) ? level : throw new FormatException($"'{text}' is not a support level");
}
