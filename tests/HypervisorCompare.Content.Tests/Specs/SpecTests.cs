namespace HypervisorCompare.Content.Tests.Specs;

public class SpecTests
{
    public static TheoryData<SpecExample> Examples() => [.. SpecExample.ReadAll()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_Loads_AsTheSpecSays(SpecExample example)
    {
        var actual = example.Run();
        Assert.True(example.Expected == actual, $"\n--- expected\n{example.Expected}\n--- actual\n{actual}\n");
    }

    [Fact]
    public void SpecFiles_HaveExamples() => Assert.True(SpecExample.ReadAll().Count() >= 20);
}
