using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF002/SAF003: the safety signature of every safety output. Each output's end-of-scan value is a formula over the
/// inputs and kept states; the new formula must imply the old one (the output may only get harder to energise).
/// A removed condition, an input swapped for another, or a new path is a counterexample; a rename, reordering or De
/// Morgan rewrite gives the same formula. A cone too big for the budget escalates: unknown is not safe.
/// </summary>
public sealed class SignatureRule : ISafetyRule
{
    public string Id => "SAF002";

    public string Title => "safety signature weakened";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var checker = new ImplicationChecker(comparison.Options.SignatureBudget);
        foreach (var (output, recognised) in comparison.Before.Set.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var afterPath = comparison.BeforeToAfter.GetValueOrDefault(output, output);
            var afterSymbol = Declared(comparison.After.Model, afterPath);
            var location = afterSymbol is null ? recognised.Location : Cause(comparison, afterPath) ?? LastWrite(comparison.After, afterPath) ?? afterSymbol.Location;
            if (afterSymbol is null)
            {
                yield return new SafetyFinding(Id, FindingSeverity.Error, recognised.Location, $"safety output {recognised.Display} was deleted",
                    $"{recognised.Display} is a safety output ({recognised.Reason}). Deleting its declaration removes the function the risk "
                    + "assessment relies on; a reviewer must decide where the output went.");
                continue;
            }

            if (comparison.Roles.IsIndication(recognised.Display.Split('.')[^1]))
            {
                continue;
            }

            var before = comparison.Before.Scan.Signature(output);
            var after = FormulaLeaves.Rename(comparison.After.Scan.Signature(afterPath), comparison.AfterToBefore);
            if (before.Key == after.Key)
            {
                continue;
            }

            var atoms = ImplicationChecker.Atoms(F.Or(before, after)).Count();
            var warning = comparison.Roles.WarningReason(recognised.Display.Split('.')[^1]);
            var result = atoms > comparison.Options.MaxAtomsPerCone
                ? new ImplicationResult(ImplicationVerdict.Unknown, null)
                : warning is null ? checker.Check(after, before) : checker.Check(before, after);
            var unknowns = FormulaLeaves.Of(after).Where(UnresolvedWrite.IsUnresolved).Select(SafetyCone.Root)
                .Except(FormulaLeaves.Of(before).Where(UnresolvedWrite.IsUnresolved).Select(SafetyCone.Root)).ToList();
            if (result.Verdict != ImplicationVerdict.Holds && unknowns.Count > 0)
            {
                // Not proven either way: the difference may come only from what the analysis could not resolve.
                foreach (var write in unknowns.Select(comparison.After.Scan.Unresolved).OfType<UnresolvedWrite>())
                {
                    yield return UnresolvedWriteRule.Escalation(write, recognised.Display);
                }

                continue;
            }

            switch (result.Verdict)
            {
                case ImplicationVerdict.Violated when warning is not null:
                    yield return new SafetyFinding(Id, FindingSeverity.Error, location,
                        $"warning device {recognised.Display} now stays silent where it sounded before: {Describe(comparison, result.Counterexample!)}",
                        $"{recognised.Display} is a warning device ({warning}); people rely on it before the machine moves, so it is not a mere "
                        + $"indication and may only sound more, never less. Before: {Show(comparison.Before, before)}. After: {Show(comparison.Before, after)}.");
                    break;
                case ImplicationVerdict.Violated:
                    yield return new SafetyFinding(Id, FindingSeverity.Error, location,
                        $"safety output {recognised.Display} can now be energised where it could not before: {Describe(comparison, result.Counterexample!)}",
                        $"{recognised.Display} is a safety output ({recognised.Reason}). Its safety signature - the conditions that must hold "
                        + "for it to be energised, followed through intermediate variables, helper functions, function blocks and globals "
                        + $"across programs - got weaker. Before: {Show(comparison.Before, before)}. After: {Show(comparison.Before, after)}. "
                        + "With the signal values listed in the message the new code switches the output on and the old code did not. "
                        + "A removed condition, a swapped input or a new path to the output all look like this; a change may only make the "
                        + "output harder to energise.");
                    break;
                case ImplicationVerdict.Unknown:
                    yield return new SafetyFinding("SAF003", FindingSeverity.Error, location,
                        $"could not decide whether safety output {recognised.Display} got weaker ({atoms} signals, analysis budget exhausted); "
                        + "a safety engineer must review it before approval",
                        $"The dependency cone of {recognised.Display} changed and has {atoms} distinct signals; comparing the old and new "
                        + "conditions ran out of its budget before it could prove the new code energises the output only where the old one did. "
                        + "Unknown is not safe: the change is escalated to a safety engineer instead of passing, and must not be approved until a "
                        + "person has checked the conditions of this output line by line.", Escalate: true);
                    break;
            }
        }
    }

    private static VariableSymbol? Declared(ProjectModel model, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var owner = path[..dot];
        var name = path[(dot + 1)..];
        return owner == "global" ? model.FindGlobal(name) : model.FindPou(owner)?.Find(name);
    }

    private static SourceRef? LastWrite(SiteAnalysis site, string path) =>
        site.DefUse.Writes.LastOrDefault(w => w.Target == path)?.Location;

    private static string Describe(SafetyComparison comparison, IReadOnlyDictionary<string, bool> counterexample) =>
        counterexample.Count == 0
            ? "always"
            : string.Join(", ", counterexample.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{Atom(comparison, c.Key)} = {(c.Value ? "TRUE" : "FALSE")}"));

    private static string Atom(SafetyComparison comparison, string key) =>
        key.Contains(' ', StringComparison.Ordinal) || key.Contains('(', StringComparison.Ordinal) ? key : comparison.Before.Display(comparison.FormulaRename(key));

    private static string Show(SiteAnalysis site, Formula formula) => StructuredTextPrinter.Print(formula, site.Display);

    /// <summary>
    /// The first changed line that writes something the output depends on, or guards such a write: where the weakening was
    /// made, rather than the output's last assignment further down.
    /// </summary>
    /// <summary>
    /// Reading an FB instance's member depends on the whole instance: its inputs as the caller passes them (<c>prg.inst.set</c>)
    /// and its body, whose writes DefUse keys by the FB type (<c>fb_doormonitor.bclosed</c>).
    /// </summary>
    private static IEnumerable<string> InstanceReads(ProjectModel model, string path)
    {
        var parts = path.Split('.');
        if (parts.Length < 3)
        {
            yield break;
        }

        var instance = parts[0] + "." + parts[1];
        var symbol = parts[0] == "global" ? model.FindGlobal(parts[1]) : model.FindPou(parts[0])?.Find(parts[1]);
        if (symbol is null)
        {
            yield break;
        }

        foreach (var input in StandardBlocks.InputsOf(symbol.TypeName))
        {
            yield return instance + "." + input.ToLowerInvariant();
        }

        if (model.FindPou(symbol.TypeName) is { Kind: PouKind.FunctionBlock } fb)
        {
            foreach (var variable in fb.Variables)
            {
                yield return instance + "." + variable.Name.ToLowerInvariant();
                yield return variable.QualifiedName;
            }
        }
    }

    internal static SourceRef? Cause(SafetyComparison comparison, string afterPath)
    {
        if (comparison.Changed.IsEmpty)
        {
            return null;
        }

        // Backward slice over the code: the output, what its writes read (values and guards), and so on.
        var writes = comparison.After.DefUse.Writes;
        var slice = new HashSet<string>(SafetyCone.Of(comparison.After, [afterPath]).Paths, StringComparer.Ordinal) { afterPath };
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var write in writes.Where(w => slice.Contains(w.Target)))
            {
                var scope = new NameScope(comparison.After.Model, write.Pou, write.Pou.Name);
                var read = write.Guards.Prepend(write.Value).OfType<StructuredText.Syntax.ExpressionSyntax>().SelectMany(e => DefUse.PathsRead(e, scope));
                foreach (var path in read.SelectMany(p => InstanceReads(comparison.After.Model, p).Prepend(p)))
                {
                    grown |= slice.Add(path);
                }
            }
        }

        return writes
            .Where(w => slice.Contains(w.Target))
            .SelectMany(w => w.Guards.Select(g => SourceRef.Of(w.Pou.File, g)).Prepend(w.Location))
            .Where(comparison.Changed.Contains)
            .OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column)
            .FirstOrDefault();
    }
}
