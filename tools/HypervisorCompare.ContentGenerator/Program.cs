using System.Globalization;
using HypervisorCompare.ContentGenerator;

// Writes a valid synthetic content set for benchmarks: generate --scale 1 --out /tmp/hc-synthetic/content [--seed 7]
var scale = double.Parse(Option("--scale") ?? "1", CultureInfo.InvariantCulture);
var output = Option("--out") ?? throw new ArgumentException("usage: --scale S --out DIR [--seed N]");
var seed = int.Parse(Option("--seed") ?? "7", CultureInfo.InvariantCulture);

var shape = ContentShape.At(scale);
var bytes = SyntheticContent.Write(output, shape, seed);
Console.WriteLine($"Wrote {output}: {shape.Hypervisors} hypervisors, {shape.Features} features in {shape.Categories} categories, " +
    $"{shape.Events} events, {shape.Articles} articles, {bytes / 1_048_576.0:0.0} MiB");
return 0;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
