namespace HypervisorCompare.Web.Components.Shared;

/// <summary>
/// URLs of pages built on other branches (the timeline, the feature pages). When those pages are merged, replace
/// these with their own <c>Url(...)</c> methods; until then the link checker reports links to them as pending.
/// </summary>
public static class PendingPages
{
    public static string Timeline(string? eventId = null) => "/timeline" + (eventId is null ? "" : "#" + Uri.EscapeDataString(eventId));

    public static string Feature(string id) => $"/features/{Uri.EscapeDataString(id)}";
}
