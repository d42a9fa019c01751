using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety;

/// <summary>
/// One safety finding: rule id (SAF001...), where (new code, or old code for deletions), a one-line message for the
/// agent and a paragraph for the reviewing safety engineer. <see cref="Escalate"/> marks "could not decide".
/// </summary>
public sealed record SafetyFinding(string RuleId, FindingSeverity Severity, SourceRef Location, string Message, string Explanation, bool Escalate = false)
{
    /// <summary>For a difference the simulation found: the input trace, stretch by stretch, that shows it.</summary>
    public IReadOnlyList<TraceStep>? Trace { get; init; }

    /// <summary>The signal the finding is about (a path in the new version), from which its cause is traced back.</summary>
    public string? Subject { get; init; }

    public Finding ToFinding() => new(RuleId, Severity, Location.File, Location.Line, Location.Column, Message, Explanation);

    public override string ToString() => $"{Location}: {(Escalate ? "escalate" : Severity.ToString().ToLowerInvariant())} {RuleId}: {Message}";
}
