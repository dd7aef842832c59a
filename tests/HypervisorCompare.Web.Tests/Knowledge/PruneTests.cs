
namespace HypervisorCompare.Web.Tests.Knowledge;

public sealed class PruneTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "hc-web-tests", Guid.NewGuid().ToString("n"), "data");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_data)!, recursive: true);

    [Fact]
    public void Prune_AfterAKilledIngest_RemovesOldGenerationsWithTheirJournalsAndLeftoverLinks()
    {
        Directory.CreateDirectory(_data);
        var generations = new DatabaseGenerations(Path.Combine(_data, "knowledge.db"));
        string[] names = ["knowledge.20260101T000000000Z.a.db", "knowledge.20260102T000000000Z.b.db", "knowledge.20260103T000000000Z.c.db", "knowledge.20260104T000000000Z.d.db"];
        foreach (var name in names) File.WriteAllText(Path.Combine(_data, name), "");
        File.WriteAllText(Path.Combine(_data, names[0] + "-journal"), "");
        File.WriteAllText(Path.Combine(_data, "knowledge.20251231T000000000Z.gone.db-journal"), "");
        File.WriteAllText(Path.Combine(_data, names[3] + "-journal"), "");
        File.CreateSymbolicLink(Path.Combine(_data, ".knowledge.0123456789abcdef.link"), "knowledge.20251231T000000000Z.gone.db");
        generations.Promote(Path.Combine(_data, names[1]));

        generations.Prune();

        Assert.Equal([names[1], names[2], names[3], names[3] + "-journal", "knowledge.db"],
            Directory.EnumerateFileSystemEntries(_data).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
