using System.Text;
using System.Text.RegularExpressions;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Tools;

/// <summary><c>search(regex, path_glob?)</c>: matching lines as <c>file:line: text</c>, capped.</summary>
public sealed class SearchTool(WorkspaceGuard guard)
{
    public const string Name = "search";
    public const string Description = "Search the workspace's files with a .NET regular expression (case-insensitive). Optional path_glob such as src/**/*.st. Returns file:line: text.";
    public const int MaxResults = 60;

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
            foreach (var file in guard.Workspace.ListFiles())
            {
                if (filter is not null && !filter.Matches(file))
                {
                    continue;
                }

                // Files that cannot be read inside the workspace (links out, devices, over the size limit) are not searched.
                if (guard.Workspace.ReadText(file) is not { IsRead: true, Text: { } content })
                {
                    continue;
                }

                var lines = content.ReplaceLineEndings("\n").Split('\n');
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
