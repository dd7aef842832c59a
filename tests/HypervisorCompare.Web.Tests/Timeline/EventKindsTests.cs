using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Tests.Timeline;

public sealed class EventKindsTests
{
    [Fact]
    public void Path_EveryKindHasAShapeOfItsOwn()
    {
        var shapes = TimelineEvent.Kinds.Select(k => EventKinds.Path(k, 0, 0, 5)).ToList();

        Assert.Equal(TimelineEvent.Kinds.Count, shapes.Distinct().Count());
        Assert.All(shapes, s => Assert.Matches("^M[-0-9.,aLZ ]+Z$", s));
    }

    [Fact]
    public void Name_WritesTheKindAsWords()
    {
        Assert.Equal("Kernel integration", EventKinds.Name("kernel-integration"));
    }
}
