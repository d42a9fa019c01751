using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF024: passing means proven across scans too. When an output's one-scan signature is not weaker but a value it reads
/// from the previous scan (a latch, a timer, an FB's internal state, another program's permit) is now updated differently
/// and <see cref="CrossScanProof"/> cannot relate the new update to the old one, the change is escalated, naming the kept
/// state and the changed line. (A concrete counterexample from the differential simulation fails it as SAF018.)
/// </summary>
public sealed class CrossScanRule : ISafetyRule
{
    public const string RuleId = "SAF024";

    public string Id => RuleId;

    public string Title => "unproven: a value kept to the next scan that a safety output reads is updated differently";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        foreach (var (output, recognised) in comparison.Before.Set.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var afterOutput = comparison.BeforeToAfter.GetValueOrDefault(output, output);
            // Outputs the migration declares as intentionally changed are left to the reviewer, as in the differential check.
            if (comparison.Roles.IsIndication(recognised.Display.Split('.')[^1]) || comparison.Options.IsAllowedToChange(recognised.Display)
                || !comparison.IsProvenInOneScan(output)
                || comparison.CrossScan(output) is not { IsProven: false } outcome)
            {
                continue;
            }

            var state = outcome.State is null ? null : comparison.Before.Display(outcome.State);
            var afterState = outcome.State is null ? afterOutput : Logic.FormulaLeaves.RenamePath(outcome.State, comparison.BeforeToAfter);
            var location = ChangeCause.Of(comparison, afterState) ?? ChangeCause.Of(comparison, afterOutput) ?? ChangeCause.First(comparison) ?? recognised.Location;
            yield return new SafetyFinding(Id, FindingSeverity.Error, location,
                state is null
                    ? $"cannot prove that safety output {recognised.Display} stays safe from scan to scan: {outcome.Reason}"
                    : $"cannot prove that safety output {recognised.Display} stays safe from scan to scan: {state} is kept to the next scan and its update changed",
                $"In one scan the new code energises {recognised.Display} only where the old code did, taking every value kept from the previous "
                + $"scan as equal in both versions. {(state is null ? outcome.Reason : $"But {state}, which it reads from the previous scan, is updated differently: {outcome.Reason}")}. "
                + "A latch set by a level instead of an edge, a fault cleared under another condition or a timer fed differently changes the "
                + "output only one or more scans later, so the one-scan proof does not cover it. Passing means proven, so a safety engineer must "
                + "check the changed update of the kept state by hand before approval.", Escalate: true) { Subject = afterOutput };
        }
    }
}
