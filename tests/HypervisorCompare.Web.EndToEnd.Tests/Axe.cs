using System.Text.Json;
using Microsoft.Playwright;

namespace HypervisorCompare.Web.EndToEnd.Tests;

/// <summary>
/// Runs axe-core (the npm package, from this project's node_modules) in a page, for WCAG 2.1 A and AA rules and WCAG 2.2's
/// target size (24 px or enough room), a rule axe-core ships disabled and so enables by name.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Locate()));

    /// <summary>One line per violation: rule id, impact, and the first offending elements.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                rules: { 'target-size': { enabled: true } },
              });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "tests", "HypervisorCompare.Web.EndToEnd.Tests", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("axe-core not found: run 'npm ci' in tests/HypervisorCompare.Web.EndToEnd.Tests (bash .ci/run does)");
    }
}
