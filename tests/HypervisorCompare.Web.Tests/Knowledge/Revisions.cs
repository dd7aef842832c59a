using System.Text;
using System.Text.RegularExpressions;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>
/// <c>rev.md</c> at numbered revisions. Every text the pages show from it carries the marker <c>rev-0007</c>, so a page
/// that mixed two revisions would show two markers. Invalid revisions break in a different way each time.
/// </summary>
public static partial class Revisions
{
    public const string File = "rev.md";
    public const string ArticleUrl = "/articles/rev";
    public const string FeatureUrl = "/features/rev-feature";

    public static string Marker(int revision) => $"rev-{revision:D4}";

    /// <summary>Every revision marker in <paramref name="text"/>.</summary>
    public static HashSet<int> MarkersIn(string text) => [.. MarkerPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value))];

    public static byte[] Valid(int revision)
    {
        var m = Marker(revision);
        return Encoding.UTF8.GetBytes($"""
            ---
            title: Revision {m}
            summary: The content as of {m}.
            features:
              - id: rev-feature
                name: Feature {m}
                category: memory
                description: Described in {m}.
            ---
            # Revision {m}

            Body of {m}.

            | Feature | Hypervisor | Support | Since | Until | Note | Sources |
            |---|---|---|---|---|---|---|
            | rev-feature | xen | partial | | | Note of {m}. | <https://example.org/{m}> |
            | rev-feature | kvm | yes | | | | <https://example.org/> |

            """);
    }

    /// <summary>A broken revision: an unknown key, broken YAML, nesting over the limit, bytes that are not UTF-8, a bad reference.</summary>
    public static byte[] Invalid(int revision)
    {
        var valid = Encoding.UTF8.GetString(Valid(revision));
        return (revision / 2 % 5) switch
        {
            0 => Encoding.UTF8.GetBytes(valid.Replace("features:", "colour: blue\nfeatures:")),
            1 => Encoding.UTF8.GetBytes(valid.Replace("category: memory", "category: [memory")),
            2 => Encoding.UTF8.GetBytes(valid + new string('>', 40) + " too deep\n"),
            3 => [.. Encoding.UTF8.GetBytes(valid), 0xC3, 0x28],
            _ => Encoding.UTF8.GetBytes(valid.Replace("| rev-feature | kvm |", "| rev-feature | nope |")),
        };
    }

    /// <summary>Replaces the file in one rename, as editors that save safely do, so a reader never sees half a file.</summary>
    public static void Write(string contentPath, byte[] bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(contentPath)!, $".{Guid.NewGuid():n}.tmp");
        System.IO.File.WriteAllBytes(temporary, bytes);
        System.IO.File.Move(temporary, Path.Combine(contentPath, File), overwrite: true);
    }

    [GeneratedRegex(@"rev-(\d{4})")]
    private static partial Regex MarkerPattern();
}
