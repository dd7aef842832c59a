namespace HypervisorCompare.Web.Compare;

/// <summary>
/// A comparison split into pages at category boundaries, so a thousand-feature comparison is not one 5 MB page:
/// each page gathers whole categories up to <see cref="PageSize"/> rows (a longer category is a page of its own).
/// The real content fits on one page; exports are never paged.
/// </summary>
public sealed record ComparisonPages(IReadOnlyList<IReadOnlyList<ComparisonGroup>> Pages)
{
    /// <summary>Rows per page: far above the real content's ~50 features, and about 1 MB of HTML at five hypervisors.</summary>
    public const int PageSize = 250;

    public int Count => Pages.Count;

    public static ComparisonPages Split(Comparison comparison, int pageSize = PageSize)
    {
        var pages = new List<IReadOnlyList<ComparisonGroup>>();
        var current = new List<ComparisonGroup>();
        var rows = 0;
        foreach (var group in comparison.Groups)
        {
            if (current.Count > 0 && rows + group.Rows.Count > pageSize)
            {
                pages.Add(current);
                (current, rows) = ([], 0);
            }
            current.Add(group);
            rows += group.Rows.Count;
        }
        if (current.Count > 0 || pages.Count == 0) pages.Add(current);
        return new ComparisonPages(pages);
    }

    /// <summary>The comparison restricted to page <paramref name="number"/> (1-based).</summary>
    public Comparison Page(Comparison comparison, int number) => comparison with { Groups = Pages[number - 1] };

    /// <summary>The 1-based position of the page's first row among all rows.</summary>
    public int FirstRow(int number) => 1 + Pages.Take(number - 1).Sum(p => p.Sum(g => g.Rows.Count));

    public int LastRow(int number) => FirstRow(number) + Pages[number - 1].Sum(g => g.Rows.Count) - 1;

}
