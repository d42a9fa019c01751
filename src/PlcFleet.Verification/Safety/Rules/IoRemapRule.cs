using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF015: the I/O address (<c>AT %I…</c>/<c>%Q…</c>) of a safety signal, or of any input a safety output depends on, changed:
/// the code now reads another terminal. Indication lamps may move.
/// </summary>
public sealed class IoRemapRule : ISafetyRule
{
    public string Id => "SAF015";

    public string Title => "safety I/O remapped";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var after = comparison.After.Model.AllVariables().GroupBy(v => comparison.FormulaRename(v.QualifiedName)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var old in comparison.Before.Model.AllVariables().Where(v => v.Address is not null))
        {
            var safety = comparison.Before.Set.IsSafety(old.QualifiedName) || comparison.BeforeCone.Contains(old.QualifiedName);
            if (!safety || (old.IsOutputAddress && comparison.Roles.IsIndication(old.Name)) || !after.TryGetValue(old.QualifiedName, out var now)
                || string.Equals(old.Address, now.Address, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return new SafetyFinding(Id, FindingSeverity.Error, now.Location,
                $"safety signal {now.DisplayName} remapped from {old.Address} to {now.Address ?? "no address"}",
                $"{now.DisplayName} is safety-related and was wired to {old.Address} per the electrical drawings. Reading another terminal means "
                + "the code no longer sees the device the risk assessment relies on (or sees a spare input that is always TRUE). I/O changes need "
                + "the drawings, the wiring check and a re-validation.");
        }
    }
}
