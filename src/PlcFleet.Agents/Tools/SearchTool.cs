using System.Text;
using System.Text.RegularExpressions;
using PlcFleet.Formats.Vendor;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Tools;

/// <summary><c>search(regex, path_glob?)</c>: matching lines as <c>file:line: text</c>, capped.</summary>
public sealed class SearchTool(WorkspaceGuard guard)
{
    public const string Name = "search";
    public const string Description = "Search the workspace's files with a .NET regular expression (case-insensitive). Optional path_glob such as src/**/*.st. Returns file:line: text.";
    public const int MaxResults = 60;
    private const long MaxFileBytes = 2_000_000;

    public string Run(string regex, string? pathGlob = null)
    {
        if (string.IsNullOrEmpty(regex))
        {
            return ToolText.Error("regex is required, e.g. TON\\s*\\( or xEStop");
        }

        Regex pattern;
        try
        {
            pattern = new Regex(regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            return ToolText.Error($"invalid regular expression: {ex.Message} Escape special characters ( ) [ ] . * + ? with a backslash, e.g. TON\\( for 'TON('.");
        }

        var filter = string.IsNullOrWhiteSpace(pathGlob) ? null : new GlobSet([pathGlob]);
        var hits = new List<string>();
        var total = 0;
        try
        {
            foreach (var file in WorkspaceFileList.List(guard.Root))
            {
                if (filter is not null && !filter.Matches(file))
                {
                    continue;
                }

                var resolved = guard.Resolve(file);
                if (!resolved.IsValid || new FileInfo(resolved.FullPath!).Length > MaxFileBytes)
                {
                    continue;
                }

                var lines = EncodedText.ReadFile(resolved.FullPath!).Text.ReplaceLineEndings("\n").Split('\n');
                if (lines.Any(l => l.Contains('\0', StringComparison.Ordinal)))
                {
                    continue; // binary
                }

                for (var i = 0; i < lines.Length; i++)
                {
                    if (pattern.IsMatch(lines[i]))
                    {
                        total++;
                        if (hits.Count < MaxResults)
                        {
                            hits.Add($"{file}:{i + 1}: {ToolText.Clip(lines[i].Trim())}");
                        }
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return ToolText.Error("the regular expression took too long; make it simpler");
        }

        if (total == 0)
        {
            return filter is null ? "no matches" : $"no matches in files matching {pathGlob}";
        }

        var text = new StringBuilder(string.Join('\n', hits));
        if (total > hits.Count)
        {
            text.Append($"\n... and {total - hits.Count} more matches; narrow the regex or path_glob");
        }

        return text.ToString();
    }
}
