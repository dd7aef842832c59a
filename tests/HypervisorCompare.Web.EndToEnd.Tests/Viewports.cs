using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>
/// The window sizes every accessibility scan runs at: Playwright's default desktop window and a phone (390 px, as in
/// <see cref="PhoneLayoutTests"/>), where the tables scroll sideways and links wrap onto more lines.
/// </summary>
public static class Viewports
{
    public const int Desktop = 1280;
    public const int Phone = 390;

    private static readonly int[] Widths = [Desktop, Phone];

    /// <summary>Each row once per width.</summary>
    public static TheoryData<T, int> Across<T>(params T[] rows)
    {
        var data = new TheoryData<T, int>();
        foreach (var row in rows)
            foreach (var width in Widths) data.Add(row, width);
        return data;
    }

    /// <summary>Each row once per width.</summary>
    public static TheoryData<T1, T2, int> Across<T1, T2>(params (T1, T2)[] rows)
    {
        var data = new TheoryData<T1, T2, int>();
        foreach (var (first, second) in rows)
            foreach (var width in Widths) data.Add(first, second, width);
        return data;
    }

    public static Task ResizeAsync(IPage page, int width) =>
        page.SetViewportSizeAsync(width, width == Phone ? 844 : 720);
}
