using HypervisorCompare.Content.Model;
using HypervisorCompare.ContentGenerator;

namespace HypervisorCompare.Content.Tests;

public class SyntheticContentTests
{
    [Theory]
    [InlineData(0.02)]
    [InlineData(0.1)]
    public void Write_SmallScale_LoadsWithoutDiagnostics(double scale)
    {
        using var folder = new TestContent(withDeclarations: false);
        var shape = ContentShape.At(scale);

        SyntheticContent.Write(folder.Root, shape);
        var result = folder.Load();

        Assert.Empty(result.Diagnostics);
        var set = result.Content;
        Assert.Equal(shape.Hypervisors, set.Hypervisors.Count);
        Assert.Equal(shape.Categories, set.Categories.Count);
        Assert.Equal(shape.Features, set.Features.Count);
        Assert.Equal(shape.Events, set.Events.Count);
        Assert.Equal(shape.Articles, set.Articles.Count);
        Assert.NotEmpty(set.ArticleLinks);
    }

    [Fact]
    public void Write_MoreHypervisorsThanOneArticleHolds_ContinuesTheTablesInPartsAndLoadsClean()
    {
        using var folder = new TestContent(withDeclarations: false);
        var shape = ContentShape.At(0.1) with { Hypervisors = 130, Articles = 200 };

        SyntheticContent.Write(folder.Root, shape);
        var result = folder.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, shape.SupportParts);
        Assert.True(File.Exists(Path.Combine(folder.Root, "features", "features-cat-01-part-2.md")));
        Assert.Equal(shape.Articles, result.Content.Articles.Count);
        Assert.Equal(shape.Features * 130, result.Content.Support.Select(s => (s.FeatureId, s.HypervisorId)).Distinct().Count());
    }

    [Fact]
    public void Write_SmallScale_GivesEveryCellASourcedRowAndSomeHistory()
    {
        using var folder = new TestContent(withDeclarations: false);
        SyntheticContent.Write(folder.Root, ContentShape.At(0.05));

        var set = folder.Load().Content;

        var cells = set.Support.GroupBy(s => (s.FeatureId, s.HypervisorId)).ToList();
        Assert.Equal(set.Features.Count * set.Hypervisors.Count, cells.Count);
        Assert.Contains(cells, c => c.Count() == 2);
        Assert.All(set.Support, s => Assert.NotEmpty(s.Sources));
        Assert.Contains(set.Support, s => s.Level == SupportLevel.Partial);
    }

    [Fact]
    public void Write_SameShapeAndSeed_GivesTheSameContentHash()
    {
        using var first = new TestContent(withDeclarations: false);
        using var second = new TestContent(withDeclarations: false);

        SyntheticContent.Write(first.Root, ContentShape.At(0.02), seed: 3);
        SyntheticContent.Write(second.Root, ContentShape.At(0.02), seed: 3);

        Assert.Equal(ContentLoader.Hash(first.Root), ContentLoader.Hash(second.Root));
    }

    [Theory]
    [InlineData(1, 50, 20, 1000, 10_000, 500)]
    [InlineData(0.5, 25, 10, 500, 5_000, 250)]
    [InlineData(4, 200, 80, 4000, 40_000, 2000)]
    public void At_Scale_MultipliesTheScaleOneCounts(double scale, int hypervisors, int categories, int features, int events, int articles)
    {
        var shape = ContentShape.At(scale);

        Assert.Equal((hypervisors, categories, features, events, articles),
            (shape.Hypervisors, shape.Categories, shape.Features, shape.Events, shape.Articles));
    }
}
