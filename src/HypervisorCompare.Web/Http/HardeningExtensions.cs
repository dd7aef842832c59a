namespace HypervisorCompare.Web.Http;

/// <summary>Security headers on every response, no Server header, and early refusal of absurd query strings.</summary>
public static class HardeningExtensions
{
    public static void AddHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
    }

    /// <summary>
    /// First in the pipeline: the headers are added as the response starts, so error pages, status-code pages and
    /// refusals get them too (the exception handler clears headers, but not this callback).
    /// </summary>
    public static void UseHardening(this WebApplication app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(SecurityHeaders.Apply, context);
        if (RequestLimits.Refusal(context.Request) is { } reason)
        {
            await RequestLimits.RefuseAsync(context.Response, reason);
            return;
        }
        await next(context);
    });

    /// <summary>
    /// HEAD is answered wherever GET is (uptime monitors and link checkers use it): the request is routed as GET and
    /// the body is dropped. Must run before routing, which would otherwise pick the 405 endpoint.
    /// </summary>
    public static void UseHeadAsGet(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try { await next(context); }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    });
}
