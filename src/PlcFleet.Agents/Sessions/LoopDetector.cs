namespace PlcFleet.Agents.Sessions;

/// <summary>
/// Spots an agent going round in circles: the same tool call with the same answer <c>threshold</c> times
/// since the workspace last changed.
/// </summary>
public sealed class LoopDetector(int threshold)
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    /// <summary>Returns true when this observation completes a loop.</summary>
    public bool Observe(string tool, string arguments, string result, bool workspaceChanged)
    {
        if (workspaceChanged)
        {
            seen.Clear();
            return false;
        }

        var key = $"{tool}\u0001{arguments}\u0001{result}";
        seen[key] = seen.TryGetValue(key, out var count) ? count + 1 : 1;
        return seen[key] >= threshold;
    }
}
