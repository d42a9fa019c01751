using System.Diagnostics;
using Microsoft.Z3;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>
/// Proves a change equivalent from its changed statements alone: started from one arbitrary state (every variable,
/// block memory and input a free value, the same on both sides), the statements before and after the change leave
/// every variable with the same value. The statements around them are the same tokens under the same
/// declarations, so each whole scan is then the same function of state and inputs, and so is every run. Stronger
/// than needed (it also covers states the plant never reaches), so a failure proves nothing and the full product
/// system is checked instead.
/// </summary>
internal static class RegionProof
{
    public static SymbolicVerdict? Prove(Context z3, ProgramModel before, ProgramModel after, ProgramChange change, SymbolicOptions options, Stopwatch stopwatch)
    {
        if (!before.Cells.Keys.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(after.Cells.Keys.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        Dictionary<string, Expr> end, endAfter;
        var beforeEncoder = new ScanEncoder(z3, before);
        var afterEncoder = new ScanEncoder(z3, after);
        var start = before.Cells.Values.ToDictionary(c => c.Path, c => beforeEncoder.Fresh(c, "s_" + c.Path), StringComparer.OrdinalIgnoreCase);
        try
        {
            end = beforeEncoder.Run(change.Before, start);
            endAfter = afterEncoder.Run(change.After, start);
        }
        catch (NotEncodableException)
        {
            return null;
        }

        var differs = before.Cells.Keys
            .Where(path => !end[path].Equals(endAfter[path]))
            .Select(path => z3.MkNot(z3.MkEq(end[path], endAfter[path])))
            .ToArray();
        var where = change.FirstLine == change.LastLine ? $"line {change.FirstLine}" : $"lines {change.FirstLine}-{change.LastLine}";
        var verdict = new SymbolicVerdict(SymbolicOutcome.ProvenEquivalent,
            $"only the statements at {where} changed, and they leave every variable the same from any state", 0, TimeSpan.Zero);
        if (differs.Length == 0)
        {
            return verdict with { Elapsed = stopwatch.Elapsed };
        }

        using var solver = z3.MkSolver();
        solver.Parameters = SolverLimits.Of(z3, options.LimitFor(beforeEncoder.UsesFloatingPoint || afterEncoder.UsesFloatingPoint), options.TimeBudget - stopwatch.Elapsed);
        solver.Assert(z3.MkOr(differs));
        return solver.Check() == Status.UNSATISFIABLE ? verdict with { Elapsed = stopwatch.Elapsed } : null;
    }
}
