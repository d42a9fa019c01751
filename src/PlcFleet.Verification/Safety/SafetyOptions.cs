using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety;

/// <summary>
/// Inputs to a safety comparison from outside the site: certified files from the fleet inventory, and the work budget
/// of the signature comparison (exceeding it escalates).
/// </summary>
public sealed record SafetyOptions(IReadOnlyList<CertifiedFile> CertifiedFiles, int SignatureBudget = 200_000, int MaxAtomsPerCone = 40)
{
    public static SafetyOptions Default { get; } = new([]);
}
