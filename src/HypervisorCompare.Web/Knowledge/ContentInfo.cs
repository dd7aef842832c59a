namespace HypervisorCompare.Web.Knowledge;

/// <summary>The one row that says which content a database was built from, and when.</summary>
public sealed class ContentInfo
{
    public string Version { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public DateTime BuiltAtUtc { get; set; }
}
