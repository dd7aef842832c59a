using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HypervisorCompare.Web.Compare;

/// <summary>Exports of exactly what /compare shows for the same query string: CSV and JSON (<c>/api/compare</c>, mapped by <see cref="ApiEndpoints"/>).</summary>
public static class CompareEndpoints
{
    public static void MapCompareExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/compare.csv", async (HttpContext http) =>
        {
            var (view, problems) = await LoadAsync(http);
            if (problems.Count > 0) return Results.BadRequest(string.Join('\n', problems));
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(view)}\"";
            return Results.Text(ToCsv(view), "text/csv; charset=utf-8", Encoding.UTF8);
        });
    }

    /// <summary><c>/api/compare</c>, in the API group (its CORS, validators and OpenAPI description).</summary>
    public static void MapCompareApi(this RouteGroupBuilder api) => api.MapGet("/compare", async Task<Results<Ok<CompareDto>, ProblemHttpResult>> (HttpContext http) =>
        {
            var (view, problems) = await LoadAsync(http);
            if (problems.Count > 0) return ApiProblems.BadQuery("The comparison cannot use these parameters", problems);
            return TypedResults.Ok(new CompareDto(
                view.Day.ToString("yyyy-MM-dd"),
                view.Changes?.To.ToString("yyyy-MM-dd"),
                view.Changes?.ByCell.Values.Select(c => new CellChangeDto(c.FeatureId, c.HypervisorId, c.From, c.To, c.Kind.ToString().ToLowerInvariant())).ToList(),
                view.Shown.Hypervisors.Select(h => new NamedDto(h.Id, h.Name)).ToList(),
                view.Shown.Groups.SelectMany(g => g.Rows).Select(r => new CompareRowDto(r.Feature.Id, r.Feature.Name, r.Feature.CategoryId,
                    r.Cells.Select(c => c.Current is { } s ? SupportDto.From(s) : new SupportDto(c.HypervisorId, c.LevelText, "", null, null, [], null, null)).ToList())).ToList()));
        })
        .WithSummary("Exactly what /compare shows for the same query").WithTags("Compare")
        .WithQuery(
            new("h", $"Hypervisors to compare, in column order (repeat; at most {CompareQuery.MaxHypervisors}); none: those the content compares by default.", Repeat: true),
            new("support", "Keep features where a hypervisor has a level, as hypervisor:level (repeat; all must hold), such as kvm:no.", Repeat: true),
            new("category", "Keep these categories (repeat).", Repeat: true),
            new("diff", "1 keeps only the rows where the compared hypervisors differ."),
            new("q", $"Keep features whose name, synonyms or notes mention the text (at most {CompareQuery.MaxTextLength} characters)."),
            new("asof", "The cells in force at the end of this period (2011, 2011-06 or 2011-06-30)."),
            new("vs", "A later date than asof: the cells that changed by then are listed in changes."),
            new("first", "1 adds who had full support first (in the CSV export)."))
        .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<(CompareView View, List<string> Problems)> LoadAsync(HttpContext http)
    {
        var query = CompareQuery.From(http.Request.Query);
        var services = http.RequestServices;
        var model = await services.GetRequiredService<ReadModels>().ForAsync(services.GetRequiredService<RequestSnapshot>());
        var view = CompareView.From(model, query, services.GetRequiredService<TimeProvider>().UtcToday());
        return (view, [.. view.Query.Problems, .. view.Problems]);
    }

    /// <summary>Names the view: <c>compare-xen-kvm-filtered-asof-2011.csv</c>. Ids are kebab-case, so the name needs no escaping.</summary>
    public static string FileName(CompareView view) =>
        "compare-" + string.Join('-', view.Query.Hypervisors)
        + (view.Query.IsFiltered ? "-filtered" : "")
        + (view.Query.AsOf is { } a ? "-asof-" + a.Iso : "") + (view.Query.Vs is { } v ? "-vs-" + v.Iso : "") + ".csv";

    private static string ToCsv(CompareView view)
    {
        var csv = new StringBuilder();
        var header = new List<string> { "feature", "name", "category" };
        var changes = view.Changes;
        foreach (var h in view.Shown.Hypervisors)
        {
            header.AddRange([$"{h.Id} level", $"{h.Id} since", $"{h.Id} until", $"{h.Id} note", $"{h.Id} sources"]);
            if (h.IsProduct) header.Add($"{h.Id} inherited from");
            if (changes is not null) header.Add($"{h.Id} level on {changes.To:yyyy-MM-dd}");
        }
        if (view.Query.First) header.AddRange(["first to full support", "first since"]);
        csv.AppendLine(string.Join(',', header.Select(Field)));
        foreach (var row in view.Shown.Groups.SelectMany(g => g.Rows))
        {
            var fields = new List<string> { row.Feature.Id, row.Feature.Name, row.Feature.CategoryId };
            foreach (var (cell, h) in row.Cells.Zip(view.Shown.Hypervisors))
            {
                var s = cell.Current;
                fields.AddRange([cell.LevelText, s?.Since?.ToString() ?? "", s?.Until?.ToString() ?? "", s?.Note ?? "",
                    string.Join(' ', s?.Sources.Select(x => x.Url) ?? [])]);
                if (h.IsProduct) fields.Add(s?.InheritedFrom ?? "");
                if (changes is not null) fields.Add(changes.For(row.Feature.Id, cell.HypervisorId)?.To ?? cell.LevelText);
            }
            if (view.Query.First)
            {
                var parity = FeatureParity.Compute(row.Feature.Id, view.Shown.Hypervisors, row.Cells.SelectMany(c => c.History), view.Day);
                fields.AddRange([string.Join(' ', parity.First.Select(r => r.Hypervisor.Id)), parity.FirstSince?.ToString() ?? ""]);
            }
            csv.AppendLine(string.Join(',', fields.Select(Field)));
        }
        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe against spreadsheet formula injection.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
