using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>How a support level looks on screen: text plus symbol, so it never rests on colour alone.</summary>
public static class SupportDisplay
{
    public static string Symbol(SupportLevel level) => level switch
    {
        SupportLevel.Yes => "✓",
        SupportLevel.Partial => "◐",
        SupportLevel.No => "✗",
        SupportLevel.NotApplicable => "–",
        _ => "?",
    };

    public static string Label(SupportLevel level) => level switch
    {
        SupportLevel.Yes => "Yes",
        SupportLevel.Partial => "Partial",
        SupportLevel.No => "No",
        SupportLevel.NotApplicable => "Not applicable",
        _ => "Unknown",
    };
}
