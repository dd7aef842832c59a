namespace HypervisorCompare.Web.Tests.Shared;

public sealed class PageNumbersTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    [InlineData(" 2 ", 2)]
    public void Parse_AnExistingPage_IsThatPageWithoutANotice(string? text, int expected)
    {
        var notices = new List<string>();

        Assert.Equal(expected, PageNumbers.Parse(text, 3, "these events fill", notices));
        Assert.Empty(notices);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("4")]
    [InlineData("+2")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    [InlineData("<script>alert(1)</script>")]
    public void Parse_NoSuchPage_IsTheFirstWithANoticeThatSaysHowManyThereAre(string text)
    {
        var notices = new List<string>();

        Assert.Equal(1, PageNumbers.Parse(text, 3, "this comparison has", notices));
        var notice = Assert.Single(notices);
        Assert.Contains("this comparison has 3 pages, so the first is shown", notice);
        Assert.True(notice.Length < 120, notice);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("0", null)]
    [InlineData("x", null)]
    [InlineData(null, null)]
    public void Parse_WithoutACount_ReadsOnlyPositiveWholeNumbers(string? text, int? expected) =>
        Assert.Equal(expected, PageNumbers.Parse(text));
}
