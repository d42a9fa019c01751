using System.Text;

namespace PlcFleet.Mcp.Answers;

/// <summary>
/// The shape every PlcFleet tool answers in: one header line, and on failure only the lines that matter, capped so a
/// broken site cannot flood the agent's context (the rest is counted, not printed).
/// </summary>
public static class AgentAnswer
{
    /// <summary>The same cap as <c>verify</c>'s answer.</summary>
    public const int MaxLines = 30;

    public static string Compose(string header, IReadOnlyList<string> details)
    {
        var text = new StringBuilder(header);
        var room = MaxLines - 1;
        var shown = details.Count <= room ? details.Count : room - 1;
        foreach (var line in details.Take(shown))
        {
            text.Append('\n').Append(line.TrimEnd());
        }

        if (shown < details.Count)
        {
            text.Append('\n').Append($"... and {details.Count - shown} more lines");
        }

        return text.ToString();
    }
}
