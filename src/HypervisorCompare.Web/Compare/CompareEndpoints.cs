using System.Text;

namespace HypervisorCompare.Web.Compare;

/// <summary>Exports of exactly what /compare shows for the same query string: CSV and JSON.</summary>
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

        app.MapGet("/api/compare", async (HttpContext http) =>
        {
            var (view, problems) = await LoadAsync(http);
            if (problems.Count > 0) return Results.BadRequest(new { errors = problems });
            return Results.Ok(new
            {
                asOf = view.Day.ToString("yyyy-MM-dd"),
                vs = view.Changes?.To.ToString("yyyy-MM-dd"),
                changes = view.Changes?.ByCell.Values.Select(c => new { feature = c.FeatureId, hypervisor = c.HypervisorId, from = c.From, to = c.To, kind = c.Kind.ToString().ToLowerInvariant() }),
                hypervisors = view.Shown.Hypervisors.Select(h => new { h.Id, h.Name }),
                features = view.Shown.Groups.SelectMany(g => g.Rows).Select(r => new
                {
                    id = r.Feature.Id, name = r.Feature.Name, category = r.Feature.CategoryId,
                    support = r.Cells.Select(c => c.Current is { } s ? SupportDto.From(s) : new SupportDto(c.HypervisorId, c.LevelText, "", null, null, [], null, null)),
                }),
            });
        });
    }

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
