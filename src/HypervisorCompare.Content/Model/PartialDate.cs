using System.Globalization;

namespace HypervisorCompare.Content.Model;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,
    /// <summary>Year and month.</summary>
    Month,
    /// <summary>Year, month and day.</summary>
    Day,
}

/// <summary>A date known to the year, month or day, possibly approximate (written <c>~2009-10</c>).</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day, bool Approximate = false) : IComparable<PartialDate>
{
    /// <summary>The precision implied by which parts are present.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Start => new(Math.Max(Year, 1), Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly End => Day is not null ? Start
        : Month is not null ? Start.AddMonths(1).AddDays(-1)
        : new DateOnly(Year, 12, 31);

    /// <summary>
    /// Exactly the texts <see cref="TryParse(string?, out PartialDate, out string)"/> accepts (years 1900-9999, real
    /// days, 29 February only in leap years), as an ECMAScript pattern for the front-matter schema. A test compares the
    /// two on every year, month and day in and around the range.
    /// </summary>
    public const string Pattern =
        @"^~?(?:(?:19|[2-9]\d)\d\d(?:-(?:0[1-9]|1[0-2])|-(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|-(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|-02-(?:0[1-9]|1\d|2[0-8]))?" +
        @"|(?:(?:19|[2-9]\d)(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[3579][26])00)-02-29)$";

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, with an optional leading <c>~</c>.</summary>
    public static bool TryParse(string? text, out PartialDate date, out string error)
    {
        // Span-based: stored dates are parsed for every row a page reads, so this must not allocate.
        date = default;
        error = "";
        var s = (text ?? "").AsSpan().Trim();
        var approximate = s.StartsWith('~');
        if (approximate) s = s[1..];
        Span<Range> parts = stackalloc Range[4];
        var count = s.Split(parts, '-');
        var wellFormed = count is >= 1 and <= 3;
        for (var i = 0; wellFormed && i < count; i++)
        {
            var part = s[parts[i]];
            wellFormed = part.Length == (i == 0 ? 4 : 2) && !part.ContainsAnyExceptInRange('0', '9');
        }
        if (!wellFormed)
        {
            error = $"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (with ~ in front if approximate)";
            return false;
        }
        var year = int.Parse(s[parts[0]], CultureInfo.InvariantCulture);
        int? month = count > 1 ? int.Parse(s[parts[1]], CultureInfo.InvariantCulture) : null;
        int? day = count > 2 ? int.Parse(s[parts[2]], CultureInfo.InvariantCulture) : null;
        if (year < 1900) { error = $"year {year} is out of range"; return false; }
        if (month is < 1 or > 12) { error = $"month {month} is out of range in '{text}'"; return false; }
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = $"day {day} does not exist in {year}-{month:00}";
            return false;
        }
        date = new PartialDate(year, month, day, approximate);
        return true;
    }

    /// <summary>Parses a date that is known to be valid (used when reading stored values).</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>ISO form carrying exactly the stored precision: <c>2003</c>, <c>2003-10</c> or <c>2003-10-02</c>.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => $"{Year:0000}-{Month:00}-{Day:00}",
        DatePrecision.Month => $"{Year:0000}-{Month:00}",
        _ => $"{Year:0000}",
    };

    /// <summary>The written form, with <c>~</c> when approximate.</summary>
    public override string ToString() => (Approximate ? "~" : "") + Iso;

    /// <summary>Orders by start day, then by precision (a year sorts before its months).</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }
}
