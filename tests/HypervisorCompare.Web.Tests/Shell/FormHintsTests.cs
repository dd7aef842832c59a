using AngleSharp.Html.Parser;

namespace HypervisorCompare.Web.Tests.Shell;

/// <summary>Date fields start empty with a hint beside them: a placeholder such as "2005" reads as a filled value.</summary>
public sealed class FormHintsTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    [Theory]
    [InlineData("/timeline", "input[name=from]")]
    [InlineData("/timeline", "input[name=to]")]
    [InlineData("/compare", "input[name=asof]")]
    public async Task DateField_HasNoPlaceholder_AndIsDescribedByAHint(string url, string selector)
    {
        var html = await fixture.Site.CreateClient().GetStringAsync(url);
        var document = new HtmlParser().ParseDocument(html);

        var input = document.QuerySelector(selector)!;
        Assert.False(input.HasAttribute("placeholder"), input.OuterHtml);
        var hint = document.GetElementById(input.GetAttribute("aria-describedby")!);
        Assert.Contains("YYYY-MM", hint!.TextContent);
    }
}
