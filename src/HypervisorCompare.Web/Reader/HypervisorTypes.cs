namespace HypervisorCompare.Web.Reader;

public static class HypervisorTypes
{
    public static string Describe(int type) => type switch
    {
        1 => "Type 1 (bare metal)",
        2 => "Type 2 (hosted)",
        _ => $"Type {type}",
    };
}
