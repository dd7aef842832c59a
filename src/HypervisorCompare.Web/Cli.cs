using HypervisorCompare.Content;
using HypervisorCompare.Content.Schema;
using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Web;

/// <summary>
/// The <c>ingest</c>, <c>check</c>, <c>health</c>, <c>schema</c> and <c>export</c> commands: validate content, for ingest
/// build and promote a database, for schema write the front-matter JSON Schema, for export write the whole site as
/// static files (see <see cref="Export.ExportCommand"/>).
/// </summary>
public static class Cli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors) =>
        args[0] == "export" ? await Export.ExportCommand.RunAsync(args, output, errors) : Run(args, output, errors);

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var command = args[0];
        if (command == "health") return Health(args.Length > 1 ? args[1] : "http://127.0.0.1:8080/healthz", errors);
        // The same sources, in the same order, as the site's host: environment variables, then the command line.
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.ContentPath)}"] = Option(args, "--content"),
            [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.DatabasePath)}"] = Option(args, "--db"),
        }.Where(o => o.Value is not null)).Build();
        var options = (configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new()).Resolve(Environment.CurrentDirectory);

        if (command == "schema") return WriteSchema(Option(args, "--out") ?? Path.Combine(options.ContentPath!, ".schema"), output);
        if (command == "check")
        {
            var load = ContentLoader.Load(options.ContentPath!, ContentLinks.Site);
            Report(load.Diagnostics, errors);
            foreach (var line in Coverage.Of(load.Content)) output.WriteLine(line);
            var warnings = UnmatchedReleases.Of(load.Content);
            foreach (var line in warnings) output.WriteLine(line);
            output.WriteLine($"Checked {options.ContentPath}: {Summary(load)}, {warnings.Count} warnings");
            return load.HasErrors ? 1 : 0;
        }

        var result = ContentIngestor.Ingest(options.ContentPath!, options.DatabasePath!);
        Report(result.Diagnostics, errors);
        if (!result.Succeeded)
        {
            errors.WriteLine($"Ingest failed: {Summary(result.Load)}. The database at {options.DatabasePath} was not changed.");
            return 1;
        }
        var c = result.Counts!;
        output.WriteLine($"""
            Ingested {options.ContentPath} ({result.Load.Bytes / 1024.0:0.0} KiB) in {result.Elapsed.TotalSeconds:0.00} s
              hypervisors    {c.Hypervisors,6}
              features       {c.Features,6}
              support facts  {c.SupportFacts,6}
              events         {c.Events,6}
              articles       {c.Articles,6}
              organisations  {c.Organisations,6}
              licences       {c.Licences,6}
              glossary terms {c.GlossaryTerms,6}
            Database: {options.DatabasePath} -> {Path.GetFileName(result.GenerationPath)} (integrity ok)
            {Summary(result.Load)}
            """);
        return 0;
    }

    public static readonly string[] Commands = ["check", "ingest", "health", "schema", "export"];

    /// <summary>
    /// A first argument that is neither a command nor a host option (<c>--urls</c>) nor a configuration setting
    /// (<c>Key=value</c>) is a mistyped command: starting the web server instead would hide the typo.
    /// </summary>
    public static bool IsUnknownCommand(string[] args) =>
        args is [var first, ..] && !first.StartsWith('-') && !first.StartsWith('/') && !first.Contains('=') && !Commands.Contains(first);

    public static int Usage(string command, TextWriter errors)
    {
        errors.WriteLine($"unknown command {command}; commands: {string.Join(", ", Commands)}");
        errors.WriteLine("usage: HypervisorCompare.Web [check|ingest] [--content DIR] [--db FILE]   (no command: run the site, e.g. --urls http://127.0.0.1:8080)");
        errors.WriteLine("       HypervisorCompare.Web export --out DIR [--base-url URL] [--live-url URL] [--content DIR] [--db FILE]");
        errors.WriteLine("       HypervisorCompare.Web schema [--out DIR]   (the front-matter JSON Schema; DIR defaults to content/.schema)");
        return 2;
    }

    /// <summary>Writes the generated front-matter schema where editors find it; the committed copy must equal it (a test says so).</summary>
    private static int WriteSchema(string directory, TextWriter output)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FrontMatterSchema.FileName);
        File.WriteAllText(path, FrontMatterSchema.Json);
        output.WriteLine($"Wrote {path}");
        return 0;
    }

    /// <summary>For the container HEALTHCHECK: the runtime image has no curl.</summary>
    private static int Health(string url, TextWriter errors)
    {
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            return http.GetAsync(url).GetAwaiter().GetResult().IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            errors.WriteLine(e.Message);
            return 1;
        }
    }

    private static void Report(IEnumerable<Diagnostic> diagnostics, TextWriter errors)
    {
        foreach (var diagnostic in diagnostics) errors.WriteLine(diagnostic);
    }

    private static string Summary(ContentLoadResult load) =>
        $"{load.Diagnostics.Count} error{(load.Diagnostics.Count == 1 ? "" : "s")}";

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
