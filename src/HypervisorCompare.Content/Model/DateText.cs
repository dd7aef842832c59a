using System.Globalization;

namespace HypervisorCompare.Content.Model;

/// <summary>Writes dates in words, as precise as they are known: "2 Oct 2003", "Oct 2003", "2003", "c. 2009".</summary>
public static class DateText
{
    /// <summary>Formats a date to its precision.</summary>
    public static string Format(PartialDate date)
    {
        var text = date.Precision switch
        {
            DatePrecision.Day => date.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => date.Start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            _ => date.Year.ToString(CultureInfo.InvariantCulture),
        };
        return date.Approximate ? "c. " + text : text;
    }
}
