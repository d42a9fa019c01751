using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>SAF008: a safety output newly written from another POU (a non-safety one, or a second writer).</summary>
public sealed class OutputWriterRule : ISafetyRule
{
    public string Id => "SAF008";

    public string Title => "safety output written from a new or non-safety POU";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        foreach (var (output, recognised) in comparison.Before.Set.Outputs)
        {
            var afterPath = comparison.BeforeToAfter.GetValueOrDefault(output, output);
            var oldWriters = comparison.Before.DefUse.Writes.Where(w => w.Target == output).Select(w => w.Pou.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var newWrites = comparison.After.DefUse.Writes.Where(w => w.Target == afterPath).ToList();
            var writers = newWrites.Select(w => w.Pou.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var write in newWrites.Where(w => !oldWriters.Contains(w.Pou.Name)).DistinctBy(w => w.Pou.Name))
            {
                var nonSafety = comparison.After.Set.Pous.Count > 0 && !comparison.IsSafetyPou(write.Pou);
                yield return new SafetyFinding(Id, FindingSeverity.Error, write.Location,
                    $"safety output {recognised.Display} is now written from {write.Pou.Name}{(nonSafety ? ", a non-safety POU" : string.Empty)}{(writers.Count > 1 ? $" ({writers.Count} POUs write it)" : string.Empty)}",
                    $"{recognised.Display} is a safety output ({recognised.Reason}). It used to be written only by {string.Join(", ", oldWriters.DefaultIfEmpty("nobody"))}; "
                    + $"{write.Pou.Name} now writes it too. With more than one writer the last one in the scan wins, so the safety evaluation can be "
                    + "overridden from code nobody reviews as safety code. A safety output must have exactly one writer in safety code.");
            }
        }
    }
}
