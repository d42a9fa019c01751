namespace PlcFleet.Agents.Rewrite;

/// <summary>Why a rule cannot be used (its template does not parse, or its replace names an unknown hole).</summary>
public sealed record RuleProblem(string RuleName, string Message)
{
    public override string ToString() => $"rewrite rule '{RuleName}': {Message}";
}
