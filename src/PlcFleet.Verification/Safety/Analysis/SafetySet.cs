namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// What a site's code holds that is safety-related, each with the reason it was recognised:
/// variables (qualified path → reason), POUs, safety outputs, and untrusted sources (HMI, fieldbus).
/// </summary>
public sealed class SafetySet
{
    public Dictionary<string, Recognised> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Recognised> Pous { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, Recognised> Outputs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Recognised> Untrusted { get; } = new(StringComparer.Ordinal);

    /// <summary>A path is safety-related when it or any variable or instance it is a member of is.</summary>
    public bool IsSafety(string path) => Covers(Variables, path) || Covers(Outputs, path);

    public bool IsUntrusted(string path) => Covers(Untrusted, path);

    public bool IsSafetyPou(string name) => Pous.ContainsKey(name);

    private static bool Covers(Dictionary<string, Recognised> set, string path)
    {
        while (true)
        {
            if (set.ContainsKey(path))
            {
                return true;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return false;
            }

            path = path[..cut];
        }
    }
}

/// <summary>Why something counts as safety-related, and where it is declared.</summary>
public sealed record Recognised(string Display, string Reason, SourceRef Location);
