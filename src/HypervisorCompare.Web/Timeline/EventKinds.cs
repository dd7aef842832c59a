using System.Globalization;

namespace HypervisorCompare.Web.Timeline;

/// <summary>How each event kind looks: a marker shape of its own (so kinds never rest on colour alone) and a name.</summary>
public static class EventKinds
{
    private static readonly Dictionary<string, Func<double, double, double, string>> Shapes = new()
    {
        ["release"] = Circle,
        ["announcement"] = (x, y, r) => Polygon(x, y, r * 1.2, 3, -90),
        ["acquisition"] = (x, y, r) => Polygon(x, y, r * 1.25, 4, 45),
        ["founding"] = (x, y, r) => Polygon(x, y, r * 1.25, 4, 0),
        ["licence"] = (x, y, r) => Polygon(x, y, r * 1.1, 5, -90),
        ["kernel-integration"] = (x, y, r) => Star(x, y, r * 1.35, r * 0.6),
        ["adoption"] = (x, y, r) => Polygon(x, y, r * 1.2, 3, 90),
        ["deprecation"] = (x, y, r) => Cross(x, y, r * 1.15, 45),
        ["fork"] = (x, y, r) => Polygon(x, y, r * 1.2, 3, 0),
        ["governance"] = (x, y, r) => Polygon(x, y, r * 1.1, 6, 0),
        ["publication"] = (x, y, r) => Cross(x, y, r * 1.15, 0),
    };

    /// <summary>SVG path data for the kind's marker centred on (x, y) with radius about r; a circle for a kind without a shape.</summary>
    public static string Path(string kind, double x, double y, double r) => Shapes.GetValueOrDefault(kind, Circle)(x, y, r);

    /// <summary>"kernel-integration" reads "Kernel integration".</summary>
    public static string Name(string kind) =>
        kind.Length == 0 ? "" : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' ');

    private static string Circle(double x, double y, double r) =>
        $"M{N(x - r)},{N(y)}a{N(r)},{N(r)} 0 1,0 {N(2 * r)},0a{N(r)},{N(r)} 0 1,0 {N(-2 * r)},0Z";

    private static string Polygon(double x, double y, double r, int sides, double rotation) =>
        Points(x, y, Enumerable.Range(0, sides).Select(i => (r, rotation + 360.0 * i / sides)));

    private static string Star(double x, double y, double outer, double inner) =>
        Points(x, y, Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? outer : inner, -90 + 36.0 * i)));

    // A plus sign of three-unit arms (rotated 45 degrees it is an X): twelve corners at fixed radii and angles.
    private static string Cross(double x, double y, double r, double rotation)
    {
        var w = r / 3;
        (double X, double Y)[] corners = [(-w, -r), (w, -r), (w, -w), (r, -w), (r, w), (w, w), (w, r), (-w, r), (-w, w), (-r, w), (-r, -w), (-w, -w)];
        var rad = rotation * Math.PI / 180;
        return "M" + string.Join("L", corners.Select(c =>
            $"{N(x + c.X * Math.Cos(rad) - c.Y * Math.Sin(rad))},{N(y + c.X * Math.Sin(rad) + c.Y * Math.Cos(rad))}")) + "Z";
    }

    private static string Points(double x, double y, IEnumerable<(double R, double Degrees)> points) =>
        "M" + string.Join("L", points.Select(p =>
            $"{N(x + p.R * Math.Cos(p.Degrees * Math.PI / 180))},{N(y + p.R * Math.Sin(p.Degrees * Math.PI / 180))}")) + "Z";

    public static string N(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
