using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>SAF013: data from outside the safety set (HMI, Modbus, OPC UA tags) newly reaches a safety output.</summary>
public sealed class UntrustedSourceRule : ISafetyRule
{
    public string Id => "SAF013";

    public string Title => "untrusted data reaches a safety output";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        foreach (var (output, recognised) in comparison.Before.Set.Outputs)
        {
            var afterPath = comparison.BeforeToAfter.GetValueOrDefault(output, output);
            var oldLeaves = FormulaLeaves.Of(comparison.Before.Scan.ValueOf(output, true));
            var newLeaves = FormulaLeaves.Of(comparison.After.Scan.ValueOf(afterPath, true));
            foreach (var leaf in newLeaves.Where(l => comparison.After.Set.IsUntrusted(l) && !oldLeaves.Contains(comparison.FormulaRename(l))).Order(StringComparer.Ordinal))
            {
                var location = comparison.After.DefUse.Reads.FirstOrDefault(r => r.Path == leaf || r.Path.StartsWith(leaf + "[", StringComparison.Ordinal))?.Location
                    ?? comparison.After.DefUse.Writes.LastOrDefault(w => w.Target == afterPath)?.Location ?? recognised.Location;
                yield return new SafetyFinding(Id, FindingSeverity.Error, location,
                    $"{comparison.After.Display(leaf)} (HMI/fieldbus-writable) now reaches safety output {recognised.Display}",
                    $"{comparison.After.Display(leaf)} can be written from outside the safety set - an HMI panel, a Modbus or OPC UA client - and now "
                    + $"takes part in deciding whether {recognised.Display} is energised. A network write, a stale value or a panel fault could "
                    + "then switch the output on. Values from outside may only make a safety output stricter, after a validity check.");
            }
        }
    }
}
