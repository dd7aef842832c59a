namespace HypervisorCompare.Content.Tests;

public class ContentLoaderTests
{
    [Fact]
    public void Load_ValidFolder_ReadsEveryKindOfFactWithoutDiagnostics()
    {
        using var content = new TestContent();

        var result = content.Load();

        Assert.Empty(result.Diagnostics);
        var set = result.Content;
        Assert.Equal(["xen", "kvm"], set.Hypervisors.Select(h => h.Id));
        Assert.Equal(2, set.Features.Count);
        Assert.Equal(4, set.Support.Count);
        Assert.Equal(["xen-1-0", "eco-thing"], set.Events.Select(e => e.Id));
        Assert.Single(set.Articles);
    }

    [Fact]
    public void Load_SameContentTwice_GivesTheSameHash()
    {
        using var content = new TestContent();

        Assert.Equal(content.Load().ContentHash, content.Load().ContentHash);
    }

    [Fact]
    public void Load_ChangedContent_ChangesTheHash()
    {
        using var content = new TestContent();
        var before = content.Load().ContentHash;

        content.Write("extra.md", "---\ntitle: Extra\nsummary: More.\n---\nText.\n");

        Assert.NotEqual(before, content.Load().ContentHash);
    }

    [Theory]
    [InlineData(new byte[0], "content/bad.md:1:1: error: file is empty")]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0xC3, 0x28 }, "content/bad.md:2:2: error: file is not valid UTF-8")]
    [InlineData(new byte[] { (byte)'-', (byte)'-', (byte)'-', 0, 1, 2 }, "content/bad.md:1:4: error: file contains a NUL character; is it binary?")]
    public void Load_UnreadableFile_ReportsItAndStillValidatesTheOthers(byte[] bytes, string expected)
    {
        using var content = new TestContent();
        content.WriteBytes("bad.md", bytes);
        content.Write("broken.md", "no front matter here\n");

        var result = content.Load();

        Assert.Equal([expected, "content/broken.md:1:1: error: missing front matter: start the file with a '---' line, YAML, and a closing '---' line"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_FileOverTheSizeLimit_IsRefusedBeforeParsing()
    {
        using var content = new TestContent();
        content.Write("huge.md", "---\ntitle: Huge\nsummary: x\n---\n" + new string('a', ContentLoader.MaxFileBytes));

        var diagnostic = Assert.Single(content.Load().Diagnostics);

        Assert.StartsWith("content/huge.md:1:1: error: file is", diagnostic.ToString());
    }

    [Fact]
    public void Load_ByteOrderMarkAndCrLf_AreAccepted()
    {
        using var content = new TestContent();
        content.WriteBytes("bom.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: BOM\r\nsummary: Windows line ends.\r\n---\r\n# Hello\r\n"u8.ToArray()]);

        var result = content.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Content.Articles, a => a.Slug == "bom" && a.Title == "BOM");
    }
}
