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
}
