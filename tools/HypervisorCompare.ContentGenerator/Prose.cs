using System.Text;

namespace HypervisorCompare.ContentGenerator;

/// <summary>Deterministic filler: names, sentences, dates and source links drawn from one seeded generator.</summary>
public sealed class Prose(int seed)
{
    private static readonly string[] Vocabulary =
    [
        "guest", "host", "memory", "paging", "interrupt", "device", "passthrough", "migration", "snapshot", "scheduler",
        "balloon", "IOMMU", "vCPU", "hot-plug", "live", "nested", "secure", "boot", "NUMA", "huge", "page", "grant",
        "table", "virtio", "emulation", "console", "storage", "network", "bridge", "offload", "encryption", "attestation",
        "kernel", "driver", "toolstack", "domain", "hypercall", "timer", "clock", "firmware", "queue", "ring", "buffer",
        "shadow", "extended", "isolation", "sandbox", "release", "support", "upstream", "patch", "maintainer", "project",
        "platform", "cluster", "fabric", "latency", "throughput", "overcommit", "dirty", "tracking", "checkpoint",
    ];

    private static readonly string[] Syllables = ["ka", "ver", "tor", "lin", "zen", "mo", "rix", "sta", "qu", "bel", "dra", "no", "vi", "tal", "xe", "run"];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public bool Chance(double p) => _random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public string Word() => Pick(Vocabulary);

    /// <summary>A capitalised made-up proper name, two or three syllables.</summary>
    public string Name()
    {
        var name = string.Concat(Enumerable.Range(0, 2 + Next(2)).Select(_ => Pick(Syllables)));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    public string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

    public string Sentence(int words = 12)
    {
        var text = Words(words + Next(6));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>A paragraph with the inline Markdown real articles use: emphasis, code and a source link.</summary>
    public string Paragraph()
    {
        var text = new StringBuilder(Sentence());
        text.Append($" The **{Word()} {Word()}** path keeps *{Word()}* state in `{Word()}_{Word()}`.");
        text.Append(' ').Append(Sentence(16));
        text.Append($" See [{Word()} notes]({Url("notes")}).");
        return Wrap(text.ToString());
    }

    /// <summary>A date between 1995 and 2024, written to year, month or day precision, sometimes approximate.</summary>
    public string Date()
    {
        var year = 1995 + Next(30);
        var month = 1 + Next(12);
        var day = 1 + Next(28);
        var text = Next(10) switch
        {
            < 5 => $"{year}-{month:00}-{day:00}",
            < 8 => $"{year}-{month:00}",
            _ => $"{year}",
        };
        return Chance(0.05) ? "~" + text : text;
    }

    public string Url(string path) => $"https://{Pick(Syllables)}{Next(100)}.example.org/{path}/{Next(100_000)}";

    /// <summary>Quotes a YAML scalar so colons and hashes in filler never change its meaning.</summary>
    public static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Wraps prose at about 100 columns, as authors do.</summary>
    public static string Wrap(string text, string indent = "")
    {
        var lines = new StringBuilder();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length > 100) { lines.Append(line.ToString().TrimEnd()).Append('\n').Append(indent); line.Clear(); }
            line.Append(word).Append(' ');
        }
        return lines.Append(line.ToString().TrimEnd()).ToString();
    }
}
