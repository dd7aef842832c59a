using Microsoft.OpenApi;

namespace HypervisorCompare.Web.Api;

/// <summary>
/// The OpenAPI 3.1 description of the JSON API, at <see cref="Path"/>: every <c>/api/</c> endpoint, and nothing else
/// (pages, the CSV and the feeds are for people and feed readers). Query parameters are read by each query type's one
/// binder, where minimal APIs cannot see them, so the endpoints declare them here with <see cref="WithQuery"/>.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string Path = "/openapi/" + Name + ".json";

    public static void AddApiDocument(this IServiceCollection services) => services.AddOpenApi(Name, options =>
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "HypervisorCompare API",
                Version = "1",
                Description = "Read-only facts about hypervisors, each with its citation and sources: hypervisors, features and who "
                    + "supports them, the timeline and articles. Collections are paged (limit, page; Link and X-Total-Count headers), "
                    + "every answer carries ETag and Last-Modified, and every error is application/problem+json (RFC 9457).",
            };
            // The default names the host the request was sent to, and the Host header is the client's to choose (see
            // SiteAddress); with no server, paths are relative to where the document was fetched.
            document.Servers = [];
            return Task.CompletedTask;
        });
        // Null members are left out of the JSON (JsonIgnoreCondition.WhenWritingNull), so no nullable member is required.
        options.AddSchemaTransformer((schema, _, _) =>
        {
            if (schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
                foreach (var (name, property) in properties)
                    if (property.Type?.HasFlag(JsonSchemaType.Null) == true || property.OneOf?.Any(o => o.Type == JsonSchemaType.Null) == true)
                        required.Remove(name);
            return Task.CompletedTask;
        });
    });

    /// <summary>What every API operation shares: its validators, 304, and 405 for any method but GET and HEAD.</summary>
    public static RouteGroupBuilder DescribedAsApi(this RouteGroupBuilder api)
    {
        api.ProducesProblem(StatusCodes.Status405MethodNotAllowed);
        return api.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers["ETag"] = Header("Weak validator of the content version, the UTC day, the build, the path and the query; send it back as If-None-Match.", JsonSchemaType.String);
                ok.Headers["Last-Modified"] = Header("When the content was ingested or the site started, or 00:00 UTC today if later; send it back as If-Modified-Since.", JsonSchemaType.String);
            }
            operation.Responses?.TryAdd("304", new OpenApiResponse { Description = "Not modified: the If-None-Match or If-Modified-Since sent is still current." });
            return Task.CompletedTask;
        });
    }

    /// <summary>Declares the query parameters a handler reads through its binder.</summary>
    public static RouteHandlerBuilder WithQuery(this RouteHandlerBuilder builder, params QueryParameter[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters) operation.Parameters.Add(parameter.ToOpenApi());
            return Task.CompletedTask;
        });

    /// <summary>A paged collection: <c>limit</c> and <c>page</c>, the headers of its answer, and 400 for a value it cannot use.</summary>
    public static RouteHandlerBuilder Paged(this RouteHandlerBuilder builder) => builder
        .WithQuery(
            new(ApiPage.LimitName, $"How many items a page holds, from 1 to {ApiPage.MaxLimit}; {ApiPage.DefaultLimit} when absent.", Integer: true, Maximum: ApiPage.MaxLimit),
            new(ApiPage.PageName, "Which page, from 1; a page past the last is an empty array (with the same headers).", Integer: true))
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers["Link"] = Header("RFC 8288 links to the first, previous, next and last pages, with the same parameters.", JsonSchemaType.String);
                ok.Headers[ApiPage.TotalCountHeader] = Header("How many items the filters keep, on every page.", JsonSchemaType.Integer);
            }
            return Task.CompletedTask;
        });

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}

/// <summary>A query parameter as the document describes it; <paramref name="Repeat"/> for one given several times (<c>h=xen&amp;h=kvm</c>).</summary>
public sealed record QueryParameter(string Name, string Description, bool Repeat = false, bool Integer = false, int? Maximum = null)
{
    public OpenApiParameter ToOpenApi()
    {
        var value = new OpenApiSchema { Type = Integer ? JsonSchemaType.Integer : JsonSchemaType.String };
        if (Integer) value.Minimum = "1";
        if (Maximum is { } max) value.Maximum = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new()
        {
            Name = Name, In = ParameterLocation.Query, Description = Description,
            Schema = Repeat ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = value } : value,
            Style = ParameterStyle.Form, Explode = true,
        };
    }
}
