using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Configuration;

namespace PlcFleet.Verification.Safety;

/// <summary>
/// The old and new version of a site side by side, with renamed variables lined up: a variable that disappeared
/// and one that appeared in the same POU with the same type and I/O address are taken as one renamed variable.
/// </summary>
public sealed class SafetyComparison
{
    public SafetyComparison(SiteAnalysis before, SiteAnalysis after, SafetyOptions options)
    {
        Before = before;
        After = after;
        Options = options;
        Roles = before.Config.Roles;
        AfterToBefore = Renames(before.Model, after.Model);
        BeforeToAfter = AfterToBefore.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    public SiteAnalysis Before { get; }

    public SiteAnalysis After { get; }

    public SafetyOptions Options { get; }

    /// <summary>Signal roles as the site declared them before the change: a change cannot declare away its own hazard.</summary>
    public SignalRoles Roles { get; }

    /// <summary>New qualified name → old qualified name for renamed variables.</summary>
    public IReadOnlyDictionary<string, string> AfterToBefore { get; }

    public IReadOnlyDictionary<string, string> BeforeToAfter { get; }

    /// <summary>Safety-related in either version (a change cannot make a signal non-safety by renaming it).</summary>
    public bool IsSafety(string afterPath) =>
        After.Set.IsSafety(afterPath) || Before.Set.IsSafety(FormulaRename(afterPath));

    public bool IsSafetyPou(PouSymbol afterPou) =>
        After.IsSafetyPou(afterPou) || (Before.Model.FindPou(afterPou.Name) is { } old && Before.IsSafetyPou(old));

    public string FormulaRename(string afterPath) => Logic.FormulaLeaves.RenamePath(afterPath, AfterToBefore);

    private readonly Dictionary<string, bool> _proven = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CrossScanOutcome> _crossScan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SafetyCone Before, SafetyCone After)> _outputCones = new(StringComparer.Ordinal);
    private SafetyCone? _beforeCone;
    private ChangedLines? _changed;

    /// <summary>The lines of the new version the change touched.</summary>
    public ChangedLines Changed => _changed ??= ChangedLines.Between(Before, After);
    private SafetyCone? _afterCone;

    /// <summary>What the old version's safety outputs depend on across scans (old paths).</summary>
    public SafetyCone BeforeCone => _beforeCone ??= SafetyCone.Of(Before, Before.Set.Outputs.Keys);

    /// <summary>What the same outputs depend on after the change (new paths).</summary>
    public SafetyCone AfterCone => _afterCone ??= SafetyCone.Of(After, Before.Set.Outputs.Keys.Select(o => BeforeToAfter.GetValueOrDefault(o, o)));

    /// <summary>Whether a new path is in a safety cone before or after the change.</summary>
    public bool InCone(string afterPath) => AfterCone.Contains(afterPath) || BeforeCone.Contains(FormulaRename(afterPath));

    /// <summary>
    /// Whether the output (old path) is proven to be energised after the change only where it was before (warning devices:
    /// sounds at least where it did), in one scan and across scans (<see cref="CrossScan"/>). False when a proof fails, runs
    /// out of budget or rests on a write the analysis could not resolve.
    /// </summary>
    public bool IsProvenNotWeaker(string beforeOutput) => IsProvenInOneScan(beforeOutput) && CrossScan(beforeOutput).IsProven;

    /// <summary>
    /// Whether a write to a new path is proven harmless by meaning rather than by its text: it lies in the cone of at least one
    /// safety output, and every safety output whose cone (before or after) holds it is proven not weaker in one scan and across
    /// scans. Rules that judge a shape (a forced value, a new IF around safety logic) use it so that a rewrite with the same
    /// meaning (an IF/ELSE for an AND, a renamed or stricter condition) is not refused.
    /// </summary>
    public bool IsProvenHarmless(string afterPath)
    {
        var affected = Before.Set.Outputs.Where(o => !Roles.IsIndication(o.Value.Display.Split('.')[^1]))
            .Select(o => o.Key).Where(o => OutputCone(o).After.Contains(afterPath) || OutputCone(o).Before.Contains(FormulaRename(afterPath))).ToList();
        return affected.Count > 0 && affected.All(IsProvenNotWeaker);
    }

    private (SafetyCone Before, SafetyCone After) OutputCone(string beforeOutput)
    {
        if (!_outputCones.TryGetValue(beforeOutput, out var cones))
        {
            cones = (SafetyCone.Of(Before, [beforeOutput]), SafetyCone.Of(After, [BeforeToAfter.GetValueOrDefault(beforeOutput, beforeOutput)]));
            _outputCones[beforeOutput] = cones;
        }

        return cones;
    }

    /// <summary>The induction over scans for an output (old path): the values it reads from the previous scan are updated compatibly.</summary>
    public CrossScanOutcome CrossScan(string beforeOutput)
    {
        if (!_crossScan.TryGetValue(beforeOutput, out var outcome))
        {
            outcome = CrossScanProof.Prove(this, beforeOutput, IsWarning(beforeOutput));
            _crossScan[beforeOutput] = outcome;
        }

        return outcome;
    }

    private bool IsWarning(string beforeOutput) => Roles.IsWarning((Before.Set.Outputs.GetValueOrDefault(beforeOutput)?.Display ?? beforeOutput).Split('.')[^1]);

    /// <summary>
    /// Whether the one-scan signature proves that the output (old path) is energised after the change only where it was
    /// before, with the values kept from the previous scan taken as equal in both versions.
    /// </summary>
    public bool IsProvenInOneScan(string beforeOutput)
    {
        if (_proven.TryGetValue(beforeOutput, out var known))
        {
            return known;
        }

        var before = Before.Scan.Signature(beforeOutput);
        var after = Logic.FormulaLeaves.Rename(After.Scan.Signature(BeforeToAfter.GetValueOrDefault(beforeOutput, beforeOutput)), AfterToBefore);
        var warning = IsWarning(beforeOutput);
        var proven = before.Key == after.Key
            || (!Logic.FormulaLeaves.Of(after).Any(UnresolvedWrite.IsUnresolved)
                && Logic.ImplicationChecker.Atoms(Logic.F.Or(before, after)).Count() <= Options.MaxAtomsPerCone
                && new Logic.ImplicationChecker(Options.SignatureBudget).Check(warning ? before : after, warning ? after : before).Verdict == Logic.ImplicationVerdict.Holds);
        _proven[beforeOutput] = proven;
        return proven;
    }

    private static Dictionary<string, string> Renames(ProjectModel before, ProjectModel after)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var oldVars = before.AllVariables().GroupBy(v => v.QualifiedName).Select(g => g.First()).ToList();
        var newVars = after.AllVariables().GroupBy(v => v.QualifiedName).Select(g => g.First()).ToList();
        var oldNames = oldVars.Select(v => v.QualifiedName).ToHashSet(StringComparer.Ordinal);
        var newNames = newVars.Select(v => v.QualifiedName).ToHashSet(StringComparer.Ordinal);
        var gone = oldVars.Where(v => !newNames.Contains(v.QualifiedName)).ToList();
        var added = newVars.Where(v => !oldNames.Contains(v.QualifiedName)).ToList();
        foreach (var group in gone.GroupBy(Signature))
        {
            var candidates = added.Where(a => Signature(a) == group.Key).ToList();
            if (candidates.Count == group.Count())
            {
                foreach (var (old, renamed) in group.Zip(candidates))
                {
                    map[renamed.QualifiedName] = old.QualifiedName;
                }
            }
        }

        return map;
    }

    private static string Signature(VariableSymbol v) =>
        $"{v.Owner.ToLowerInvariant()}|{v.TypeName.ToUpperInvariant()}|{v.Section}|{v.Address?.ToUpperInvariant()}";
}
