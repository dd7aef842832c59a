using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>Since/until in words: "since Linux 2.6.20, Feb 2007", "until Jul 2011".</summary>
public static class MilestoneText
{
    public static string Describe(Milestone? milestone, string word) => milestone switch
    {
        null => "",
        { Version: { } v, Date: { } d } => $"{word} {v}, {DateText.Format(d)}",
        { Version: { } v } => $"{word} {v}",
        { Date: { } d } => $"{word} {DateText.Format(d)}",
        _ => "",
    };

    /// <summary>Both ends of a support row's period, or "" when it is open at both ends.</summary>
    public static string Period(FeatureSupport s) =>
        string.Join("; ", new[] { Describe(s.Since, "since"), Describe(s.Until, "until") }.Where(x => x.Length > 0));
}
