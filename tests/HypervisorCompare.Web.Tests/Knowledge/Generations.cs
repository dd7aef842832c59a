using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>Looks at generation files from outside: open handles, integrity, and the real CLI as a child process.</summary>
public static class Generations
{
    /// <summary>This process's open file descriptors on generation files under <paramref name="dataPath"/> (deleted ones included).</summary>
    public static List<string> OpenHandles(string dataPath) =>
        [.. Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(fd => { try { return new FileInfo(fd).LinkTarget; } catch (IOException) { return null; } })
            .OfType<string>()
            .Where(target => target.StartsWith(dataPath + "/knowledge.", StringComparison.Ordinal))];

    public static string IntegrityCheck(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>The real <c>ingest</c> command in its own process: <c>dotnet HypervisorCompare.Web.dll ingest --content … --db …</c>.</summary>
    public static Process StartIngest(string contentPath, string databasePath) =>
        Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "HypervisorCompare.Web.dll"), "ingest", "--content", contentPath, "--db", databasePath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;

    public static async Task<(int ExitCode, string Output)> IngestAsync(string contentPath, string databasePath, CancellationToken cancel)
    {
        using var process = StartIngest(contentPath, databasePath);
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>The real site in its own process, as after a restart.</summary>
    public static Process StartSite(string contentPath, string databasePath, int port) =>
        Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "HypervisorCompare.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Knowledge__ContentPath"] = contentPath,
                ["Knowledge__DatabasePath"] = databasePath,
                ["Knowledge__WatchContent"] = "false",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;

    /// <summary>Copies the Markdown files of <paramref name="source"/> into <paramref name="target"/>.</summary>
    public static string CopyMarkdown(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
        return target;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
