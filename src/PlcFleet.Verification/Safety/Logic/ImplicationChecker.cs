namespace PlcFleet.Verification.Safety.Logic;

/// <summary>
/// Decides whether <c>after ⇒ before</c> holds for every value of the atoms (inputs, previous-scan states,
/// comparisons, opaque terms): the safe direction is that the output may only become harder to energise.
/// Works by Shannon expansion with constant folding, so small cones are exact; a budget bounds the work and
/// exhausting it is reported as <see cref="ImplicationVerdict.Unknown"/>, which callers must escalate.
/// </summary>
public sealed class ImplicationChecker(int budget = 200_000)
{
    public ImplicationResult Check(Formula after, Formula before)
    {
        var steps = 0;
        var assignment = new Dictionary<string, bool>(StringComparer.Ordinal);
        var counterexample = Find(F.And(after, F.Not(before)), assignment, ref steps);
        if (steps > budget)
        {
            return new ImplicationResult(ImplicationVerdict.Unknown, null);
        }

        return counterexample is null
            ? new ImplicationResult(ImplicationVerdict.Holds, null)
            : new ImplicationResult(ImplicationVerdict.Violated, counterexample);
    }

    /// <summary>A satisfying assignment of the formula, or null when none exists (or the budget ran out).</summary>
    private IReadOnlyDictionary<string, bool>? Find(Formula formula, Dictionary<string, bool> assignment, ref int steps)
    {
        if (++steps > budget)
        {
            return null;
        }

        if (formula is BoolConst c)
        {
            return c.Value ? new Dictionary<string, bool>(assignment, StringComparer.Ordinal) : null;
        }

        var atom = FirstAtom(formula);
        foreach (var value in new[] { true, false })
        {
            assignment[atom.Key] = value;
            var found = Find(Substitute(formula, atom.Key, value), assignment, ref steps);
            if (found is not null)
            {
                return found;
            }

            if (steps > budget)
            {
                break;
            }
        }

        assignment.Remove(atom.Key);
        return null;
    }

    private static Formula FirstAtom(Formula formula) => formula switch
    {
        Not n => FirstAtom(n.Operand),
        // The most frequent atom first keeps the expansion small.
        Junction j => MostFrequentAtom(j),
        _ => formula,
    };

    private static Formula MostFrequentAtom(Junction junction)
    {
        var counts = new Dictionary<string, (Formula Atom, int Count)>(StringComparer.Ordinal);
        Count(junction, counts);
        return counts.Values.OrderByDescending(v => v.Count).ThenBy(v => v.Atom.Key, StringComparer.Ordinal).First().Atom;
    }

    private static void Count(Formula formula, Dictionary<string, (Formula Atom, int Count)> counts)
    {
        switch (formula)
        {
            case Not n:
                Count(n.Operand, counts);
                break;
            case Junction j:
                foreach (var o in j.Operands)
                {
                    Count(o, counts);
                }

                break;
            case BoolConst:
                break;
            default:
                counts[formula.Key] = counts.TryGetValue(formula.Key, out var v) ? (v.Atom, v.Count + 1) : (formula, 1);
                break;
        }
    }

    public static IEnumerable<Formula> Atoms(Formula formula)
    {
        var counts = new Dictionary<string, (Formula Atom, int Count)>(StringComparer.Ordinal);
        Count(formula, counts);
        return counts.Values.Select(v => v.Atom);
    }

    private static Formula Substitute(Formula formula, string atomKey, bool value) => formula switch
    {
        BoolConst => formula,
        Not n => F.Not(Substitute(n.Operand, atomKey, value)),
        Junction j => F.Junction(j.IsAnd, j.Operands.Select(o => Substitute(o, atomKey, value))),
        _ when formula.Key == atomKey => F.Bool(value),
        _ => formula,
    };
}

public enum ImplicationVerdict
{
    Holds,
    Violated,
    Unknown,
}

/// <summary>The verdict and, when violated, atom values under which the new code energises and the old did not.</summary>
public sealed record ImplicationResult(ImplicationVerdict Verdict, IReadOnlyDictionary<string, bool>? Counterexample);
