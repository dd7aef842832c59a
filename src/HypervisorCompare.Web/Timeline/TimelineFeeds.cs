namespace HypervisorCompare.Web.Timeline;

/// <summary><c>/timeline.atom</c> and <c>/timeline.ics</c>: the timeline's events, filtered by the same query parameters as the page.</summary>
public static class TimelineFeeds
{
    public const string AtomPath = "/timeline.atom", CalendarPath = "/timeline.ics";

    /// <summary>
    /// A feed holds the newest this many events that pass its filter: readers poll for what is new, and a feed of
    /// every event would grow with the content (10,000 events made an 8.5 MB Atom file).
    /// </summary>
    public const int MaxEvents = 100;

    public static string AtomUrl(TimelineFilter filter) => WithQuery(AtomPath, filter);

    public static string CalendarUrl(TimelineFilter filter) => WithQuery(CalendarPath, filter);

    public static void MapTimelineFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(AtomPath, (HttpContext http, ReadModels models, RequestSnapshot snapshot) => Serve(http, models, snapshot, AtomFeed.Write, "application/atom+xml; charset=utf-8"));
        app.MapGet(CalendarPath, (HttpContext http, ReadModels models, RequestSnapshot snapshot) => Serve(http, models, snapshot, CalendarFeed.Write, "text/calendar; charset=utf-8"));
    }

    private static async Task<IResult> Serve(HttpContext http, ReadModels models, RequestSnapshot snapshot, Func<FeedContext, string> write, string contentType)
    {
        var model = await models.ForAsync(snapshot);
        var data = TimelineData.LoadLatest(model, TimelineQuery.FromRequest(http.Request.Query), http.RequestServices.GetRequiredService<TimeProvider>().UtcToday(), MaxEvents);
        // A feed has nowhere to show a notice, and a reader silently given other events than it asked for would be misled.
        if (!data.Filter.IsValid)
            return Results.Text("The timeline feed cannot use these parameters:\n" + string.Join('\n', data.Filter.Notices) + "\n",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var site = http.RequestServices.GetRequiredService<SiteAddress>().Root(http.Request);
        return Results.Text(write(new FeedContext(data, site, FeedContext.Newest(data.Events.Select(e => e.Date.Start)))), contentType);
    }

    private static string WithQuery(string path, TimelineFilter filter)
    {
        var query = filter.ToQueryString();
        return query.Length == 0 ? path : path + "?" + query;
    }
}

/// <summary>
/// What a feed writer needs: the events, the site's absolute address ("" when unknown: links then stay relative), and
/// when the feed last changed.
/// </summary>
public sealed record FeedContext(TimelineData Data, string Site, DateTime Updated)
{
    public string Absolute(string path) => Site + path;

    /// <summary>
    /// A feed changes when its newest entry does. The time of the ingest would do too, but then the same content
    /// built twice would give two feeds, and a static export (see Export/) would not be the same bytes.
    /// </summary>
    public static DateTime Newest(IEnumerable<DateOnly> dates) =>
        dates.DefaultIfEmpty(DateOnly.FromDateTime(DateTime.UnixEpoch)).Max().ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>An identifier that must be an absolute IRI even when the site's address is unknown.</summary>
    public string Id(string path) => IdFor(Site, path);

    /// <summary>The one rule for feed ids, shared by every feed: the absolute address, else a <c>tag:</c> URI.</summary>
    public static string IdFor(string site, string path) => site.Length > 0 ? site + path : "tag:hypervisorcompare,2025:" + path;
}
