namespace HypervisorCompare.Web.Api;

/// <summary>
/// Errors under <c>/api/</c> that no endpoint wrote (an unknown path, a wrong method) become
/// <c>application/problem+json</c> instead of the site's HTML error pages, which a tool cannot read.
/// Runs inside the status-code pages, which leave a response with a body alone.
/// </summary>
public static class ApiProblems
{
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
        StatusCodes.Status404NotFound => $"No API endpoint at {context.Request.Path}. Endpoints: /api/hypervisors, /api/features, /api/timeline, /api/articles, /api/compare (each collection also has /{{id}}).",
        StatusCodes.Status405MethodNotAllowed => "The API is read-only: use GET.",
        _ => "The request could not be answered.",
    };
}
