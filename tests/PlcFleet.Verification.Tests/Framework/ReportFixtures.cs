using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Tests.Framework;

internal static class ReportFixtures
{
    public static VerificationReport Failing(int findingCount)
    {
        var findings = Enumerable.Range(1, findingCount)
            .Select(i => new Finding("SAFE010", FindingSeverity.Error, "src/Safety/FB_Guard.st", i * 3, 5,
                $"xGuardClosed no longer gates xMotorRun (rung {i})", "the safety signature lost an AND term"))
            .ToList();
        return new VerificationReport(
        [
            VerifierResult.Passed("scope"),
            VerifierResult.Failed("safety", findings),
        ]);
    }

    public static VerificationReport Passing() =>
        new([VerifierResult.Passed("scope"), VerifierResult.Passed("compile")]);
}
