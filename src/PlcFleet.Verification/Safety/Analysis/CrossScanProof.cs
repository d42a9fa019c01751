using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// The cross-scan half of "no safety output got weaker". The one-scan signature treats every value kept from the previous
/// scan (a latch, a timer's elapsed time, an FB's internal fault bit, another program's permit) as a free signal shared by
/// both versions; that is only right when both versions update it the same way. This proof pairs the old and new machine
/// state by state and shows by induction over the scans that the pairing holds in every reachable state:
/// <list type="bullet">
/// <item>each kept state is related as equal, or (BOOL) new ⇒ old, or old ⇒ new;</item>
/// <item>the relation holds at the start (same initial values, or FALSE on the implying side) and every scan keeps it: with
/// the relation assumed for the states read, each state's new update is related to its old update in the same way (a TON's
/// elapsed time: its IN related the same way and its PT not shorter for new ⇒ old);</item>
/// <item>under the relation the output's new one-scan value implies the old one (warning devices: the other way).</item>
/// </list>
/// States only one version has are left free (any value). The relation starts as "equal everywhere"; a state whose obligation
/// fails is tried in both directions (depth first, bounded); when no relation works the proof names the first state that failed.
/// </summary>
public sealed class CrossScanProof
{
    private const int MaxStates = 400;
    private const int MaxSearch = 64;
    private const string NewSuffix = "'new";
    private readonly SafetyComparison _comparison;
    private readonly ImplicationChecker _checker;
    private readonly Dictionary<string, (Formula? Old, Formula? New, bool IsBool)> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relation> _relation = new(StringComparer.Ordinal);
    private int _searched;
    private string? _firstFailure;

    private CrossScanProof(SafetyComparison comparison)
    {
        _comparison = comparison;
        _checker = new ImplicationChecker(comparison.Options.SignatureBudget);
    }

    private enum Relation
    {
        Equal,
        NewImpliesOld,
        OldImpliesNew,
        Free,
    }

    /// <summary>Proves that the output (old path) is not weaker across scans, or names the kept state the proof failed on (old path).</summary>
    public static CrossScanOutcome Prove(SafetyComparison comparison, string beforeOutput, bool warning)
    {
        var proof = new CrossScanProof(comparison);
        var before = comparison.Before.Scan.Signature(beforeOutput);
        var after = FormulaLeaves.Rename(comparison.After.Scan.Signature(comparison.BeforeToAfter.GetValueOrDefault(beforeOutput, beforeOutput)), comparison.AfterToBefore);
        return proof.Run(before, after, warning);
    }

    private CrossScanOutcome Run(Formula before, Formula after, bool warning)
    {
        if (!CollectStates(before, after))
        {
            return new CrossScanOutcome(false, null, $"more than {MaxStates} values kept from scan to scan feed it");
        }

        foreach (var (path, (old, @new, _)) in _states)
        {
            _relation[path] = old is null || @new is null ? Relation.Free : Relation.Equal;
        }

        // Fast path: every kept state is updated the same way and starts the same: the one-scan proof is the whole proof.
        if (_states.All(s => s.Value.Old is null || s.Value.New is null || (s.Value.Old.Key == s.Value.New.Key && SameStart(s.Key))))
        {
            return CrossScanOutcome.Proven;
        }

        var failed = Search(before, after, warning);
        if (failed is null)
        {
            return CrossScanOutcome.Proven;
        }

        return failed.Length == 0
            ? new CrossScanOutcome(false, null, "its value in one scan is no longer implied by the old one once the kept states are related")
            : new CrossScanOutcome(false, failed, $"the way {_comparison.Before.Display(failed)} is carried from one scan to the next changed and the "
                                                  + "new update could not be related to the old one (equal, or stricter where the output reads it)");
    }

    /// <summary>
    /// Depth-first over the relations: a state whose update differs is tried as new ⇒ old, then as old ⇒ new, and the choice is
    /// undone when a later obligation fails. Returns null when proven, else the state it failed on (empty: the output itself).
    /// </summary>
    private string? Search(Formula before, Formula after, bool warning)
    {
        if (++_searched > MaxSearch)
        {
            return _firstFailure ?? string.Empty;
        }

        var failing = FirstFailure(before, after, warning);
        if (failing is null)
        {
            return null;
        }

        _firstFailure ??= failing;
        if (failing.Length == 0 || _relation[failing] != Relation.Equal || !CanBeOrdered(failing))
        {
            return _firstFailure;
        }

        foreach (var direction in new[] { Relation.NewImpliesOld, Relation.OldImpliesNew })
        {
            _relation[failing] = direction;
            if (Search(before, after, warning) is null)
            {
                return null;
            }
        }

        _relation[failing] = Relation.Equal;
        return _firstFailure;
    }

    /// <summary>The kept states both versions read on the way to the output, with their updates (new ones in old names).</summary>
    private bool CollectStates(Formula before, Formula after)
    {
        var queue = new Queue<(string Name, bool IsBool)>(Leaves(before).Concat(Leaves(after)));
        while (queue.Count > 0)
        {
            var (name, isBool) = queue.Dequeue();
            if (_states.ContainsKey(name))
            {
                continue;
            }

            var old = _comparison.Before.Scan.Next(name, isBool);
            var afterPath = FormulaLeaves.RenamePath(name, _comparison.BeforeToAfter);
            var @new = _comparison.After.Scan.Next(afterPath, isBool) is { } n ? FormulaLeaves.Rename(n, _comparison.AfterToBefore) : null;
            if (old is null && @new is null)
            {
                continue;
            }

            _states[name] = (old, @new, isBool);
            if (_states.Count > MaxStates)
            {
                return false;
            }

            foreach (var leaf in (old is null ? [] : Leaves(old)).Concat(@new is null ? [] : Leaves(@new)))
            {
                queue.Enqueue(leaf);
            }
        }

        return true;
    }

    /// <summary>The first obligation that does not hold: a state's name, the empty string for the output, null when all hold.</summary>
    private string? FirstFailure(Formula before, Formula after, bool warning)
    {
        var hypothesis = F.And(_relation.Where(r => r.Value is Relation.NewImpliesOld or Relation.OldImpliesNew)
            .Select(r => r.Value == Relation.NewImpliesOld ? F.Or(F.Not(New(r.Key)), Old(r.Key)) : F.Or(F.Not(Old(r.Key)), New(r.Key))).ToArray());
        foreach (var (path, (old, @new, _)) in _states.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (_relation[path] != Relation.Free && !(StartHolds(path) && StepHolds(_relation[path], old!, Tag(@new!), hypothesis)))
            {
                return path;
            }
        }

        var tagged = Tag(after);
        return (warning ? Implies(hypothesis, before, tagged) : Implies(hypothesis, tagged, before)) ? null : string.Empty;
    }

    private bool StepHolds(Relation relation, Formula old, Formula @new, Formula hypothesis)
    {
        if (old.Key == @new.Key)
        {
            return true;
        }

        // A standard block's hidden state: related through the inputs it is called with.
        if (old is Opaque o && @new is Opaque n && o.Op == n.Op && o.Arguments.Count == n.Arguments.Count && o.Op.Contains('.', StringComparison.Ordinal))
        {
            var onDelay = o.Op.EndsWith(".elapsed", StringComparison.Ordinal) && o.Arguments.Count == 2;
            return relation switch
            {
                Relation.Equal => o.Arguments.Zip(n.Arguments).All(p => Equivalent(hypothesis, p.First, p.Second)),
                Relation.NewImpliesOld when onDelay => Implies(hypothesis, n.Arguments[0], o.Arguments[0]) && NotShorter(n.Arguments[1], o.Arguments[1]),
                Relation.OldImpliesNew when onDelay => Implies(hypothesis, o.Arguments[0], n.Arguments[0]) && NotShorter(o.Arguments[1], n.Arguments[1]),
                _ => false,
            };
        }

        return relation switch
        {
            Relation.Equal => Equivalent(hypothesis, old, @new),
            Relation.NewImpliesOld => Implies(hypothesis, @new, old),
            Relation.OldImpliesNew => Implies(hypothesis, old, @new),
            _ => false,
        };
    }

    /// <summary>A preset at least as long as the other (both known numbers, or the same term).</summary>
    private static bool NotShorter(Formula preset, Formula than) =>
        preset.Key == than.Key || (preset is Literal { Number: { } a } && than is Literal { Number: { } b } && a >= b);

    private bool Equivalent(Formula hypothesis, Formula a, Formula b) =>
        a.Key == b.Key || (a.IsBool && b.IsBool
            ? Implies(hypothesis, a, b) && Implies(hypothesis, b, a)
            : Implies(hypothesis, F.True, F.Compare("=", a, b)));

    private bool Implies(Formula hypothesis, Formula from, Formula to)
    {
        var premise = F.And(hypothesis, from);
        return ImplicationChecker.Atoms(F.Or(premise, to)).Count() <= _comparison.Options.MaxAtomsPerCone
               && _checker.Check(premise, to).Verdict == ImplicationVerdict.Holds;
    }

    /// <summary>BOOL states and on-delay timers can be related by implication; other values only as equal.</summary>
    private bool CanBeOrdered(string path) => _comparison.Before.Scan.Writes(path)
        ? _states[path].IsBool
        : _states[path].Old is Opaque { Op: var hidden } && hidden.EndsWith(".elapsed", StringComparison.Ordinal);

    /// <summary>Whether the relation holds before the first scan: same start value, or FALSE on the implying side.</summary>
    private bool StartHolds(string path) => _relation[path] switch
    {
        Relation.Equal => SameStart(path),
        Relation.NewImpliesOld => SameStart(path) || IsFalse(InitialValue.Of(_comparison.After, FormulaLeaves.RenamePath(path, _comparison.BeforeToAfter))),
        Relation.OldImpliesNew => SameStart(path) || IsFalse(InitialValue.Of(_comparison.Before, path)),
        _ => true,
    };

    private bool SameStart(string path) =>
        InitialValue.Of(_comparison.Before, path) == InitialValue.Of(_comparison.After, FormulaLeaves.RenamePath(path, _comparison.BeforeToAfter));

    private static bool IsFalse(string initial) => initial is "" or "FALSE" or "0";

    private static Formula Old(string path) => new Leaf(path, true);

    private static Formula New(string path) => new Leaf(path + NewSuffix, true);

    /// <summary>The new version's formula with every state not related as equal read as its own (new) signal.</summary>
    private Formula Tag(Formula formula) => formula switch
    {
        Leaf leaf when _relation.TryGetValue(leaf.Name, out var r) && r is Relation.NewImpliesOld or Relation.OldImpliesNew => new Leaf(leaf.Name + NewSuffix, leaf.IsBool),
        Not n => F.Not(Tag(n.Operand)),
        Junction j => F.Junction(j.IsAnd, j.Operands.Select(Tag)),
        Comparison c => F.Compare(c.Op, Tag(c.Left), Tag(c.Right)),
        Choice c => F.Choose(Tag(c.Condition), Tag(c.WhenTrue), Tag(c.WhenFalse)),
        Opaque o => F.Opaque(o.Op, o.Arguments.Select(Tag).ToList(), o.IsBool),
        _ => formula,
    };

    private static IEnumerable<(string Name, bool IsBool)> Leaves(Formula formula) => formula switch
    {
        Leaf leaf => [(leaf.Name, leaf.IsBool)],
        Not n => Leaves(n.Operand),
        Junction j => j.Operands.SelectMany(Leaves),
        Comparison c => Leaves(c.Left).Concat(Leaves(c.Right)),
        Choice c => Leaves(c.Condition).Concat(Leaves(c.WhenTrue)).Concat(Leaves(c.WhenFalse)),
        Opaque o => o.Arguments.SelectMany(Leaves),
        _ => [],
    };
}

/// <summary>The result of <see cref="CrossScanProof"/>: proven, or the kept state (old path) the proof failed on and why.</summary>
public sealed record CrossScanOutcome(bool IsProven, string? State, string Reason)
{
    public static CrossScanOutcome Proven { get; } = new(true, null, string.Empty);
}
