using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Shared;

/// <summary>Since/until pairs in words: "Oct 2003 – present", "until 2009", "2004 – 22 Oct 2007".</summary>
public static class Periods
{
    public static string Format(PartialDate? since, PartialDate? until) => (since, until) switch
    {
        (null, null) => "dates not stated",
        ({ } s, null) => $"{DateText.Format(s)} – present",
        (null, { } u) => $"until {DateText.Format(u)}",
        ({ } s, { } u) => $"{DateText.Format(s)} – {DateText.Format(u)}",
    };

    /// <summary>True when the period includes <paramref name="day"/>.</summary>
    public static bool Includes(PartialDate? since, PartialDate? until, DateOnly day) =>
        (since is not { } s || s.Start <= day) && (until is not { } u || day < u.Start);
}
