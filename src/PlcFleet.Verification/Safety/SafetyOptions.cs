using PlcFleet.StructuredText.Semantics;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Differential;

namespace PlcFleet.Verification.Safety;

/// <summary>
/// Inputs to a safety comparison from outside the site: certified files from the fleet inventory, the outputs the
/// migration declares as intentionally changed, and the work budgets of the signature comparison and the differential
/// simulation (exceeding either escalates).
/// </summary>
public sealed record SafetyOptions(IReadOnlyList<CertifiedFile> CertifiedFiles, int SignatureBudget = 200_000, int MaxAtomsPerCone = 40)
{
    public static SafetyOptions Default { get; } = new([]);

    /// <summary>Output names or wildcard patterns (case-insensitive) the migration's <c>allowed_output_changes</c> lists.</summary>
    public IReadOnlyList<string> AllowedOutputChanges { get; init; } = [];

    public SimulationBudget Simulation { get; init; } = SimulationBudget.Default;

    public bool IsAllowedToChange(string outputName) =>
        AllowedOutputChanges.Any(a => new NamePattern(a.Trim()).Matches(outputName));
}
