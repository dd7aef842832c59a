using System.IO.Compression;
using HypervisorCompare.Web.Export;

namespace HypervisorCompare.Web.Tests.Export;

public sealed class ExportFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hc-export-tests", Guid.NewGuid().ToString("n"));
    private static readonly byte[] Big = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Xen and KVM</p>\n", 200)));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static Dictionary<string, Func<byte[]>> Files(params (string Name, byte[] Body)[] files) =>
        files.ToDictionary(f => f.Name, f => (Func<byte[]>)(() => f.Body));

    [Fact]
    public void Write_TheSameFilesTwice_WritesNothingTheSecondTime()
    {
        var files = Files(("/index.html", Big), ("/robots.txt", "User-agent: *\n"u8.ToArray()));
        new ExportFolder(_root).Write(files);
        var written = File.GetLastWriteTimeUtc(Path.Combine(_root, "index.html.br"));

        var report = new ExportFolder(_root).Write(files);

        Assert.Equal(new ExportReport(2, Big.Length + 14, Written: 0, Unchanged: 2, Deleted: 0), report);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(_root, "index.html.br")));
    }

    [Fact]
    public void Write_AChangedAndAVanishedFile_RewritesOneAndDeletesTheOtherWithItsVariants()
    {
        new ExportFolder(_root).Write(Files(("/index.html", Big), ("/old/page/index.html", Big)));

        var report = new ExportFolder(_root).Write(Files(("/index.html", [.. Big, .. "<p>more</p>"u8.ToArray()])));

        Assert.Equal((1, 0, 3), (report.Written, report.Unchanged, report.Deleted));
        Assert.False(Directory.Exists(Path.Combine(_root, "old")));
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(_root, "index.html.gz")), CompressionMode.Decompress);
        using var text = new StreamReader(gzip);
        Assert.EndsWith("<p>more</p>", text.ReadToEnd());
    }

    [Fact]
    public void Write_CompressesOnlyTextOfAtLeastOneKibibyte()
    {
        new ExportFolder(_root).Write(Files(("/index.html", Big), ("/small.html", "<p>hi</p>"u8.ToArray()), ("/logo.png", Big)));

        Assert.True(File.Exists(Path.Combine(_root, "index.html.br")));
        Assert.False(File.Exists(Path.Combine(_root, "small.html.gz")));
        Assert.False(File.Exists(Path.Combine(_root, "logo.png.gz")));
        using var brotli = new BrotliStream(File.OpenRead(Path.Combine(_root, "index.html.br")), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        brotli.CopyTo(copy);
        Assert.Equal(Big, copy.ToArray());
    }

    [Fact]
    public void Write_IntoAFolderThatHoldsSomethingElse_RefusesAndDeletesNothing()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "thesis.tex"), "mine");

        var error = Assert.Throws<InvalidOperationException>(() => new ExportFolder(_root).Write(Files(("/index.html", Big))));

        Assert.Contains("holds no earlier export", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_root, "thesis.tex")));
    }

    [Fact]
    public void Write_ANameThatLeavesTheFolder_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => new ExportFolder(_root).Write(Files(("/../escape.html", Big))));
}
