using Microsoft.AspNetCore.Http.HttpResults;

namespace HypervisorCompare.Web.Api;

/// <summary>
/// Every error under <c>/api/</c> is <c>application/problem+json</c> (RFC 9457): the ones endpoints answer are built
/// here, and those no endpoint wrote (an unknown path, a wrong method) replace the site's HTML error pages, which a
/// tool cannot read.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string kind, string id, IReadOnlyList<string>? known) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {kind}",
            detail: $"No {kind} has the id \"{id}\"." + (known is null ? "" : $" Known ids: {string.Join(", ", known)}."));

    /// <summary>A query parameter that cannot be used: <c>parameter</c> names it, <c>errors</c> lists each reason.</summary>
    public static ProblemHttpResult BadParameter(string parameter, IReadOnlyList<string> errors) =>
        BadQuery($"Invalid parameter {parameter}", errors, parameter);

    /// <summary>A query that cannot be used; <c>errors</c> lists each reason (what a page would show as notices).</summary>
    public static ProblemHttpResult BadQuery(string title, IReadOnlyList<string> errors, string? parameter = null)
    {
        var extensions = new Dictionary<string, object?> { ["errors"] = errors };
        if (parameter is not null) extensions["parameter"] = parameter;
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: string.Join(" ", errors), extensions: extensions);
    }

    /// <summary>
    /// Runs inside the status-code pages, which leave a response with a body alone.
    /// </summary>
    public static void UseApiProblems(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            await next(context);
            var response = context.Response;
            if (response.StatusCode < 400 || response.HasStarted || response.ContentLength > 0 || response.ContentType is not null) return;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = response.StatusCode, Detail = Detail(context) },
            });
        }));
    }

    private static string Detail(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => $"No API endpoint at {context.Request.Path}. Endpoints: /api/hypervisors, /api/features, /api/timeline, /api/articles, /api/compare (each collection also has /{{id}}); all of them are described in {ApiDocument.Path}.",
        StatusCodes.Status405MethodNotAllowed => "The API is read-only: use GET.",
        _ => "The request could not be answered.",
    };
}
