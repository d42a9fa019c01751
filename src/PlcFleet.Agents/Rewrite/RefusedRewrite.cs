namespace PlcFleet.Agents.Rewrite;

/// <summary>A match whose replacement would have broken the file's syntax; the file keeps its code there.</summary>
public sealed record RefusedRewrite(string RuleName, string Path, int Line, string Reason)
{
    public override string ToString() => $"{Path}:{Line}: rule '{RuleName}' refused: {Reason}";
}
