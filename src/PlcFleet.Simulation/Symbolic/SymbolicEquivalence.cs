using System.Diagnostics;
using Microsoft.Z3;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>How deep and how long the symbolic engine looks.</summary>
public sealed record SymbolicOptions
{
    /// <summary>Bounded model checking depth: steps, each one scan after a hold of any length up to <see cref="MaxHoldCycles"/>.</summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>Largest k tried for k-induction after the inferred invariants.</summary>
    public int MaxInductionDepth { get; init; } = 3;

    /// <summary>Longest hold between two steps, in scans (2^20 scans is about 3 hours at 10 ms).</summary>
    public long MaxHoldCycles { get; init; } = 1 << 20;

    /// <summary>Wall time for everything (the user's <c>--budget</c>): no new query starts after it, and a running one stops.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Z3's resource limit per solver query (its own count of work; 4 million is a few seconds on the hardest corpus queries here):
    /// unlike wall time it does not depend on what else the machine runs, so the same pair gets the same verdict.
    /// </summary>
    public uint ResourceLimitPerQuery { get; init; } = DefaultResourceLimit;

    public const uint DefaultResourceLimit = 4_000_000;

    /// <summary>
    /// REAL is bit-blasted IEEE arithmetic, which costs Z3 an order of magnitude more work per query than integers:
    /// a query over REAL values gets this many times <see cref="ResourceLimitPerQuery"/> (still deterministic).
    /// </summary>
    public uint FloatingPointFactor { get; init; } = 15;

    internal uint LimitFor(bool floatingPoint) =>
        floatingPoint ? (uint)Math.Min(uint.MaxValue, (ulong)ResourceLimitPerQuery * FloatingPointFactor) : ResourceLimitPerQuery;
}

/// <summary>
/// Symbolic equivalence of a PROGRAM before and after a change: both scans encoded over shared inputs as one product
/// transition system; bounded model checking finds a difference (each step is one scan after a hold of symbolic
/// length, so a 10-minute timer is one step); k-induction over invariants inferred Houdini-style (equal state,
/// counters and timers in step) proves there is none. A solver counterexample is reported only once the simulator
/// replays it and shows the difference; a counterexample to induction from a counted-up state (a counter at 30,000)
/// is turned into a concrete trace by pulsing an input that many times, and confirmed the same way.
/// </summary>
public static class SymbolicEquivalence
{
    private const long MaxTimeInputNanoseconds = 24L * 3600 * 1_000_000_000;

    public static SymbolicVerdict Check(
        SemanticCompilation before, SemanticCompilation after, string program,
        Func<IProgramInstance> createBefore, Func<IProgramInstance> createAfter,
        EquivalenceOptions options, SymbolicOptions? symbolic = null)
    {
        symbolic ??= new SymbolicOptions();
        var stopwatch = Stopwatch.StartNew();
        var change = ProgramChange.Of(before, after, program);
        if (change is { IsUnchanged: true })
        {
            return new SymbolicVerdict(SymbolicOutcome.ProvenEquivalent, "the program and everything it uses are the same, token for token", 0, stopwatch.Elapsed);
        }

        if (Z3Library.Check() is { } missing)
        {
            return new SymbolicVerdict(SymbolicOutcome.Unknown, missing, 0, stopwatch.Elapsed);
        }

        var problems = new List<string>();
        var pair = new ProgramPair(createBefore, createAfter, options, problems);
        if (problems.Count > 0)
        {
            return new SymbolicVerdict(SymbolicOutcome.Unknown, "the signals do not match up: " + string.Join("; ", problems), 0, stopwatch.Elapsed);
        }

        try
        {
            using var z3 = new Context();
            var beforeModel = ProgramModel.Build(before, program);
            var afterModel = ProgramModel.Build(after, program);
            if (change is not null && RegionProof.Prove(z3, beforeModel, afterModel, change, symbolic, stopwatch) is { } proven)
            {
                return proven;
            }

            var run = new Run(z3, beforeModel, afterModel, pair, options, symbolic, stopwatch);
            return run.Verdict();
        }
        catch (NotEncodableException e)
        {
            return new SymbolicVerdict(SymbolicOutcome.Unknown, "not in the symbolic model: " + e.Message, 0, stopwatch.Elapsed);
        }
    }

    private sealed class Run
    {
        private readonly Context _z3;
        private readonly ScanEncoder _before;
        private readonly ScanEncoder _after;
        private readonly ProgramPair _pair;
        private readonly EquivalenceOptions _options;
        private readonly SymbolicOptions _symbolic;
        private readonly Stopwatch _stopwatch;
        private readonly List<(string Signal, string BeforePath, string AfterPath)> _observed = [];
        private readonly Dictionary<string, string> _afterInputToBefore = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Read when a query starts, after its terms are built: whether they hold REAL values.</summary>
        private uint QueryLimit => _symbolic.LimitFor(_before.UsesFloatingPoint || _after.UsesFloatingPoint);

        public Run(Context z3, ProgramModel before, ProgramModel after, ProgramPair pair, EquivalenceOptions options, SymbolicOptions symbolic, Stopwatch stopwatch)
        {
            _z3 = z3;
            _before = new ScanEncoder(z3, before);
            _after = new ScanEncoder(z3, after);
            _pair = pair;
            _options = options;
            _symbolic = symbolic;
            _stopwatch = stopwatch;
            foreach (var (from, to) in options.SignalMap)
            {
                _afterInputToBefore[to] = from;
            }

            foreach (var signal in pair.ComparedSignals)
            {
                var afterName = options.SignalMap.TryGetValue(signal, out var mapped) ? mapped : signal;
                var b = before.PathOfSignal(signal) ?? throw new NotEncodableException($"the observable {signal} (not a variable the model holds)");
                var a = after.PathOfSignal(afterName) ?? throw new NotEncodableException($"the observable {afterName} of the changed program");
                before.Cell(b, null);
                after.Cell(a, null);
                _observed.Add((signal, b!, a!));
            }
        }

        private TimeSpan Left => _symbolic.TimeBudget - _stopwatch.Elapsed;

        private bool OutOfTime => Left <= TimeSpan.Zero;

        public SymbolicVerdict Verdict()
        {
            if (_observed.Count == 0)
            {
                return Done(SymbolicOutcome.Unknown, "no observable signal to compare", 0);
            }

            var (bmc, depth) = BoundedSearch();
            if (bmc is not null)
            {
                return bmc;
            }

            var induction = Induction(depth);
            if (induction is not null)
            {
                return induction;
            }

            return depth == 0
                ? Done(SymbolicOutcome.Unknown, "the solver ran out of time before the first step", 0)
                : Done(SymbolicOutcome.EquivalentUpToDepth, $"no difference within {depth} step(s) of up to {_symbolic.MaxHoldCycles:N0} scans each; induction did not close", depth);
        }

        private SymbolicVerdict Done(SymbolicOutcome outcome, string reason, int depth) => new(outcome, reason, depth, _stopwatch.Elapsed);

        // ---- one step of the product system ----

        private sealed record Step(Dictionary<string, Expr> Inputs, BitVecExpr Hold, BoolExpr Restart);

        private Step NewStep(string tag, List<BoolExpr> domain, bool first)
        {
            var inputs = new Dictionary<string, Expr>(StringComparer.OrdinalIgnoreCase);
            var hold = first ? _z3.MkBV(1, 64) : _z3.MkBVConst($"hold{tag}", 64);
            if (!first)
            {
                domain.Add(_z3.MkBVUGE(hold, _z3.MkBV(1, 64)));
                domain.Add(_z3.MkBVULE(hold, _z3.MkBV(_symbolic.MaxHoldCycles, 64)));
            }

            var restart = first ? _z3.MkFalse() : _z3.MkBoolConst($"restart{tag}");
            return new Step(inputs, hold, restart);
        }

        private Expr InputOf(Step step, ScanEncoder encoder, SymbolicCell cell, string tag, List<BoolExpr> domain, bool isAfter)
        {
            var signal = cell.Path.TrimStart('@');
            if (isAfter && _afterInputToBefore.TryGetValue(signal, out var beforeName))
            {
                signal = beforeName;
            }

            var key = signal + "|" + (cell.IsReal ? "R" : string.Empty) + cell.Width;
            if (step.Inputs.TryGetValue(key, out var existing))
            {
                return existing;
            }

            if (step.Inputs.Keys.Any(k => k.StartsWith(signal + "|", StringComparison.OrdinalIgnoreCase)))
            {
                throw new NotEncodableException($"the input {signal} changes its type between before and after");
            }

            var value = encoder.Fresh(cell, $"in{tag}_{signal}");
            step.Inputs[key] = value;
            if (cell.Range is { } range && value is BitVecExpr bits)
            {
                domain.Add(cell.Signed
                    ? _z3.MkAnd(_z3.MkBVSGE(bits, _z3.MkBV((long)range.Minimum, (uint)cell.Width)), _z3.MkBVSLE(bits, _z3.MkBV((long)range.Maximum, (uint)cell.Width)))
                    : _z3.MkAnd(_z3.MkBVUGE(bits, _z3.MkBV((long)range.Minimum, (uint)cell.Width)), _z3.MkBVULE(bits, _z3.MkBV((long)range.Maximum, (uint)cell.Width))));
            }
            else if (cell.IsReal && value is FPExpr real)
            {
                // An analog value is a number: a NaN or infinity on an input is a broken sensor, not a trace to replay.
                domain.Add(_z3.MkNot(_z3.MkOr(_z3.MkFPIsNaN(real), _z3.MkFPIsInfinite(real))));
            }
            else if (cell.IsTime && value is BitVecExpr time)
            {
                domain.Add(_z3.MkAnd(_z3.MkBVSGE(time, _z3.MkBV(0, 64)), _z3.MkBVSLE(time, _z3.MkBV(MaxTimeInputNanoseconds, 64))));
            }

            return value;
        }

        private (Dictionary<string, Expr> Before, Dictionary<string, Expr> After) Transition(
            IReadOnlyDictionary<string, Expr> before, IReadOnlyDictionary<string, Expr> after, Step step, string tag, List<BoolExpr> domain)
        {
            var dt = _z3.MkBVMul(step.Hold, _z3.MkBV(_options.CycleTime.Ticks * 100, 64));
            var b = _before.Scan(before, c => InputOf(step, _before, c, tag, domain, false), dt, step.Restart);
            var a = _after.Scan(after, c => InputOf(step, _after, c, tag, domain, true), dt, step.Restart);
            return (b, a);
        }

        private BoolExpr Same(Expr b, Expr a, SymbolicCell bc, SymbolicCell ac)
        {
            if (bc.IsBool != ac.IsBool)
            {
                throw new NotEncodableException($"{bc.Path} is BOOL on one side and a number on the other");
            }

            if (bc.IsReal || ac.IsReal)
            {
                return bc.IsReal && ac.IsReal ? SameReal((FPExpr)b, (FPExpr)a)
                    : throw new NotEncodableException($"{bc.Path} is REAL on one side and an integer on the other");
            }

            if (bc.IsBool || bc.Width == ac.Width)
            {
                return _z3.MkEq(b, a);
            }

            return _z3.MkEq(Extend((BitVecExpr)b, bc), Extend((BitVecExpr)a, ac));
        }

        /// <summary>
        /// Two REAL values are the same when equal as numbers (+0 = -0) or both NaN. The replay (PlcValue.SameValueAs)
        /// also accepts a difference within 1e-6 relative; encoding that tolerance costs a bit-blasted double multiply
        /// per observable, so the model is stricter: a rounding-noise "difference" it finds is rejected by the replay.
        /// </summary>
        private BoolExpr SameReal(FPExpr b, FPExpr a)
        {
            var rm = _z3.MkFPRoundNearestTiesToEven();
            var (x, y) = b.EBits == a.EBits ? (b, a) : (_z3.MkFPToFP(rm, b, _z3.MkFPSort64()), _z3.MkFPToFP(rm, a, _z3.MkFPSort64()));
            return _z3.MkOr(_z3.MkAnd(_z3.MkFPIsNaN(x), _z3.MkFPIsNaN(y)), _z3.MkFPEq(x, y));
        }

        private BitVecExpr Extend(BitVecExpr value, SymbolicCell cell) =>
            cell.Width == 64 ? value : cell.Signed ? _z3.MkSignExt((uint)(64 - cell.Width), value) : _z3.MkZeroExt((uint)(64 - cell.Width), value);

        private BoolExpr Equal(IReadOnlyDictionary<string, Expr> before, IReadOnlyDictionary<string, Expr> after) =>
            _z3.MkAnd(_observed.Select(o => Same(before[o.BeforePath], after[o.AfterPath], _before.Model.Cells[o.BeforePath], _after.Model.Cells[o.AfterPath])));

        private Solver NewSolver()
        {
            var solver = _z3.MkSolver();
            solver.Parameters = Limits(QueryLimit);
            return solver;
        }

        private Params Limits(uint resources) => SolverLimits.Of(_z3, resources, Left);

        // ---- bounded model checking ----

        private (SymbolicVerdict? Verdict, int Depth) BoundedSearch()
        {
            using var solver = NewSolver();
            var domain = new List<BoolExpr>();
            IReadOnlyDictionary<string, Expr> b = _before.Model.Cells.Values.ToDictionary(c => c.Path, _before.Initial, StringComparer.OrdinalIgnoreCase);
            IReadOnlyDictionary<string, Expr> a = _after.Model.Cells.Values.ToDictionary(c => c.Path, _after.Initial, StringComparer.OrdinalIgnoreCase);
            var steps = new List<Step>();
            var checkedDepth = 0;
            for (var depth = 1; depth <= _symbolic.MaxDepth && !OutOfTime; depth++)
            {
                var step = NewStep($"{depth}", domain, depth == 1);
                steps.Add(step);
                (var nb, var na) = Transition(b, a, step, $"{depth}", domain);
                (b, a) = (nb, na);
                solver.Parameters = Limits(QueryLimit); // the first scan encoded shows whether REAL is involved
                solver.Assert([.. domain]);
                domain.Clear();
                var differs = _z3.MkNot(Equal(b, a));
                solver.Push();
                solver.Assert(differs);
                var status = solver.Check();
                if (status == Status.SATISFIABLE)
                {
                    var found = Confirm(ShortestHolds(solver, steps), steps, "bounded model checking", depth);
                    if (found is not null)
                    {
                        return (found, depth);
                    }

                    // The long holds made it differ, but replayed scan by scan it does not: try again with every hold one scan.
                    solver.Assert(steps.Skip(1).Select(s => _z3.MkEq(s.Hold, _z3.MkBV(1, 64))).ToArray());
                    if (solver.Check() == Status.SATISFIABLE && Confirm(solver.Model, steps, "bounded model checking", depth) is { } exact)
                    {
                        return (exact, depth);
                    }

                    solver.Pop();
                    checkedDepth = depth;
                    continue;
                }

                solver.Pop();
                if (status == Status.UNKNOWN)
                {
                    break;
                }

                solver.Assert(_z3.MkNot(differs));
                checkedDepth = depth;
            }

            return (null, checkedDepth);
        }

        /// <summary>
        /// A model whose holds add up to at most twice the shortest possible: the solver's first answer may wait hours
        /// where ten minutes show the same difference, so the total is halved while the difference remains.
        /// </summary>
        private Model ShortestHolds(Solver solver, List<Step> steps)
        {
            var model = solver.Model;
            if (steps.Count < 2)
            {
                return model;
            }

            // Each try gets a twentieth of a query's resources: a shorter trace is nicer to read, not worth the budget of the search.
            solver.Parameters = Limits(QueryLimit / 20);
            var total = steps.Skip(1).Select(s => s.Hold).Aggregate((a, b) => _z3.MkBVAdd(a, b));
            for (var divisor = 16; !OutOfTime && divisor >= 2;)
            {
                var current = ((BitVecNum)model.Eval(total, true)).Int64;
                if (current <= steps.Count - 1)
                {
                    break;
                }

                solver.Push();
                solver.Assert(_z3.MkBVULE(total, _z3.MkBV(Math.Max(steps.Count - 1, current / divisor), 64)));
                var status = solver.Check();
                if (status == Status.SATISFIABLE)
                {
                    model = solver.Model;
                }

                solver.Pop();
                if (status != Status.SATISFIABLE)
                {
                    divisor /= 4;
                }
            }

            solver.Parameters = Limits(QueryLimit);
            return model;
        }

        /// <summary>The model as an input trace: step k's inputs held for the scans until step k+1.</summary>
        private InputTrace TraceOf(Model model, List<Step> steps)
        {
            var segments = new List<TraceSegment>();
            var inputs = _pair.Inputs.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < steps.Count; k++)
            {
                var hold = k + 1 < steps.Count ? (int)Math.Min(int.MaxValue, ((BitVecNum)model.Eval(steps[k + 1].Hold, true)).Int64) : 1;
                var changes = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase);
                foreach (var (key, expr) in steps[k].Inputs)
                {
                    var name = key[..key.IndexOf('|', StringComparison.Ordinal)];
                    if (inputs.TryGetValue(name, out var info))
                    {
                        changes[info.Name] = ValueOf(model.Eval(expr is FPExpr real ? _z3.MkFPToIEEEBV(real) : expr, true), info.Type);
                    }
                }

                var restart = model.Eval(steps[k].Restart, true).IsTrue;
                segments.Add(new TraceSegment(hold, changes, restart));
            }

            return new InputTrace(segments);
        }

        private static PlcValue ValueOf(Expr value, PlcType type)
        {
            if (type.Kind == PlcValueKind.Bool)
            {
                return PlcValue.FromBool(value.IsTrue);
            }

            var number = (BitVecNum)value;
            var raw = (long)(ulong)number.BigInteger;
            if (type.Kind == PlcValueKind.Real)
            {
                // The IEEE bits of a REAL (32) or LREAL (64) input, see TraceOf.
                return PlcValue.FromReal(number.SortSize == 32 ? BitConverter.Int32BitsToSingle((int)raw) : BitConverter.Int64BitsToDouble(raw), type);
            }

            var width = (int)number.SortSize;
            if (width < 64 && type.IsSigned && (raw & (1L << (width - 1))) != 0)
            {
                raw -= 1L << width;
            }

            return type.Kind == PlcValueKind.Time ? PlcValue.FromNanoseconds(raw, type) : PlcValue.FromInteger(raw, type);
        }

        private SymbolicVerdict? Confirm(Model model, List<Step> steps, string how, int depth) => Confirm(TraceOf(model, steps), how, depth);

        /// <summary>Only a trace the simulator replays with a difference is reported.</summary>
        private SymbolicVerdict? Confirm(InputTrace trace, string how, int depth)
        {
            var (divergence, _) = _pair.Replay(trace);
            if (divergence is null)
            {
                return null;
            }

            return new SymbolicVerdict(SymbolicOutcome.Differs, $"found by {how} at depth {depth}, confirmed by replay in the simulator", depth, _stopwatch.Elapsed)
            {
                Trace = trace.Truncate((int)divergence.Cycle + 1),
                Divergence = divergence,
            };
        }

        // ---- induction ----

        private SymbolicVerdict? Induction(int baseDepth)
        {
            if (OutOfTime)
            {
                return null;
            }

            var x = Fresh("x");
            var candidates = Candidates(x.Before, x.After);
            var domain = new List<BoolExpr>();
            var step = NewStep("i1", domain, false);
            var (yb, ya) = Transition(x.Before, x.After, step, "i1", domain);
            var y = Candidates(yb, ya);

            // Houdini: drop every candidate some step from a state meeting all of them breaks, until none is broken.
            var all = Enumerable.Range(0, candidates.Count).Where(i => HoldsInitially(candidates[i].Index)).ToList();
            var kept = all;
            while (!OutOfTime)
            {
                using var solver = NewSolver();
                solver.Assert([.. domain]);
                solver.Assert(kept.Select(i => candidates[i].Holds).ToArray());
                solver.Assert(_z3.MkNot(_z3.MkAnd(kept.Select(i => y[i].Holds))));
                var status = solver.Check();
                if (status == Status.UNSATISFIABLE)
                {
                    break;
                }

                if (status != Status.SATISFIABLE)
                {
                    return null;
                }

                var model = solver.Model;
                var before = kept.Count;
                kept = kept.Where(i => model.Eval(y[i].Holds, true).IsTrue).ToList();
                if (kept.Count == before)
                {
                    return null;
                }
            }

            if (OutOfTime)
            {
                return null;
            }

            var invariant = _z3.MkAnd(kept.Select(i => candidates[i].Holds));
            for (var k = 1; k <= Math.Min(_symbolic.MaxInductionDepth, baseDepth + 1) && !OutOfTime; k++)
            {
                using var solver = NewSolver();
                var stepDomain = new List<BoolExpr>(domain);
                solver.Assert(invariant);
                IReadOnlyDictionary<string, Expr> sb = x.Before, sa = x.After;
                var steps = new List<Step>();
                for (var i = 1; i <= k; i++)
                {
                    var s = i == 1 ? step : NewStep($"i{i}", stepDomain, false);
                    steps.Add(s);
                    (var nb, var na) = i == 1 ? (yb, ya) : Transition(sb, sa, s, $"i{i}", stepDomain);
                    (sb, sa) = (nb, na);
                    if (i < k)
                    {
                        solver.Assert(Equal(sb, sa));
                    }
                }

                solver.Assert([.. stepDomain]);
                solver.Assert(_z3.MkNot(Equal(sb, sa)));
                var status = solver.Check();
                if (status == Status.UNSATISFIABLE)
                {
                    return Done(SymbolicOutcome.ProvenEquivalent,
                        $"{k}-induction closed with {kept.Count} inferred invariant(s) after {baseDepth} bounded step(s)", baseDepth);
                }

                if (status != Status.SATISFIABLE)
                {
                    return null;
                }

                if (k == 1 && CountedUp(solver.Model, x, steps[0]) is { } counted)
                {
                    return counted;
                }
            }

            // From a state where before and after agree on every shared variable, one scan that makes them differ
            // (the INT lifetime counter at 32,767 while the DINT one goes on) is a difference after that many parts.
            return OutOfTime ? null : AgreeingDifference(x, step, domain, all.Select(i => candidates[i].Holds).ToList(), (yb, ya));
        }

        private SymbolicVerdict? AgreeingDifference(
            (Dictionary<string, Expr> Before, Dictionary<string, Expr> After) x, Step step, List<BoolExpr> domain, List<BoolExpr> agree,
            (Dictionary<string, Expr> Before, Dictionary<string, Expr> After) y)
        {
            using var solver = NewSolver();
            solver.Assert([.. domain]);
            solver.Assert([.. agree]);
            solver.Assert(_z3.MkNot(Equal(y.Before, y.After)));
            if (solver.Check() != Status.SATISFIABLE)
            {
                return null;
            }

            // Keep only the counts the difference needs: every other counter back to its start value where possible.
            foreach (var cell in _before.Model.Cells.Values.Where(c => !c.IsBool && !c.IsTime && !c.IsReal && !c.IsInput && !c.IsTemp))
            {
                if (OutOfTime)
                {
                    return null;
                }

                solver.Push();
                solver.Assert(_z3.MkEq(x.Before[cell.Path], _before.Initial(cell)));
                if (solver.Check() != Status.SATISFIABLE)
                {
                    solver.Pop();
                }
            }

            if (solver.Check() == Status.SATISFIABLE && CountedUp(solver.Model, x, step) is { } found)
            {
                return found;
            }

            // Again with the inputs of the failing scan on where possible: a part sensor AND an e-stop healthy bit both on
            // make the counting scan, so pulsing one of them under the other counts (both off, no pulse would count).
            foreach (var input in step.Inputs.Values.OfType<BoolExpr>())
            {
                if (OutOfTime)
                {
                    return null;
                }

                solver.Push();
                solver.Assert(input);
                if (solver.Check() != Status.SATISFIABLE)
                {
                    solver.Pop();
                }
            }

            return solver.Check() == Status.SATISFIABLE ? CountedUp(solver.Model, x, step) : null;
        }

        /// <summary>
        /// A short trace from the start that brings the program's own BOOL variables (run latch, fault latch, not the
        /// outputs nor the blocks' insides) to the values of the counterexample's state, so the pulses count there.
        /// Empty when there is none within a few steps.
        /// </summary>
        private List<TraceSegment> Reach(Model cti, IReadOnlyDictionary<string, Expr> state)
        {
            var observed = _observed.Select(o => o.BeforePath).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var control = _before.Model.Cells.Values
                .Where(c => c.IsBool && !c.IsInput && !c.IsTemp && !c.Path.Contains('.', StringComparison.Ordinal) && !observed.Contains(c.Path))
                .Select(c => (c.Path, Value: cti.Eval(state[c.Path], true).IsTrue))
                .ToList();
            if (control.Count == 0)
            {
                return [];
            }

            using var solver = NewSolver();
            var domain = new List<BoolExpr>();
            IReadOnlyDictionary<string, Expr> b = _before.Model.Cells.Values.ToDictionary(c => c.Path, _before.Initial, StringComparer.OrdinalIgnoreCase);
            IReadOnlyDictionary<string, Expr> a = _after.Model.Cells.Values.ToDictionary(c => c.Path, _after.Initial, StringComparer.OrdinalIgnoreCase);
            var steps = new List<Step>();
            for (var depth = 1; depth <= 4 && !OutOfTime; depth++)
            {
                var step = NewStep($"r{depth}", domain, depth == 1);
                steps.Add(step);
                (var nb, var na) = Transition(b, a, step, $"r{depth}", domain);
                (b, a) = (nb, na);
                solver.Parameters = Limits(QueryLimit); // the first scan encoded shows whether REAL is involved
                solver.Assert([.. domain]);
                domain.Clear();
                solver.Push();
                solver.Assert(control.Select(c => c.Value ? (BoolExpr)b[c.Path] : _z3.MkNot((BoolExpr)b[c.Path])).ToArray());
                if (solver.Check() == Status.SATISFIABLE)
                {
                    var trace = TraceOf(ShortestHolds(solver, steps), steps);
                    solver.Pop();
                    return [.. trace.Segments];
                }

                solver.Pop();
            }

            return [];
        }

        private (Dictionary<string, Expr> Before, Dictionary<string, Expr> After) Fresh(string tag) =>
            (_before.Model.Cells.Values.ToDictionary(c => c.Path, c => _before.Fresh(c, $"{tag}b_{c.Path}"), StringComparer.OrdinalIgnoreCase),
             _after.Model.Cells.Values.ToDictionary(c => c.Path, c => _after.Fresh(c, $"{tag}a_{c.Path}"), StringComparer.OrdinalIgnoreCase));

        /// <summary>Candidate invariants: every variable kept on both sides (same name, or renamed by the map) is equal.</summary>
        private List<(int Index, BoolExpr Holds)> Candidates(IReadOnlyDictionary<string, Expr> before, IReadOnlyDictionary<string, Expr> after)
        {
            var list = new List<(int, BoolExpr)>();
            foreach (var (path, cell) in _before.Model.Cells.OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase))
            {
                if (cell.IsInput || cell.IsTemp)
                {
                    continue;
                }

                var afterPath = MapPath(path);
                if (_after.Model.Cells.TryGetValue(afterPath, out var other) && !other.IsInput && other.IsBool == cell.IsBool && other.IsReal == cell.IsReal)
                {
                    list.Add((list.Count, Same(before[path], after[afterPath], cell, other)));
                }
            }

            return list;
        }

        private bool HoldsInitially(int index)
        {
            var initial = Candidates(
                _before.Model.Cells.Values.ToDictionary(c => c.Path, _before.Initial, StringComparer.OrdinalIgnoreCase),
                _after.Model.Cells.Values.ToDictionary(c => c.Path, _after.Initial, StringComparer.OrdinalIgnoreCase));
            return initial[index].Holds.Simplify().IsTrue;
        }

        private string MapPath(string path)
        {
            var global = path.StartsWith('@');
            var bare = global ? path[1..] : path;
            var dot = bare.IndexOf('.', StringComparison.Ordinal);
            var root = dot < 0 ? bare : bare[..dot];
            if (_options.SignalMap.TryGetValue(bare, out var whole))
            {
                return (global ? "@" : string.Empty) + whole;
            }

            return _options.SignalMap.TryGetValue(root, out var mapped) ? (global ? "@" : string.Empty) + mapped + (dot < 0 ? string.Empty : bare[dot..]) : path;
        }

        /// <summary>
        /// A counterexample to induction from a state where something has counted up (a counter at 29,999): pulse each
        /// BOOL input that many times under the inputs of the failing step, then take the step, and keep the first
        /// trace the simulator confirms.
        /// </summary>
        private SymbolicVerdict? CountedUp(Model model, (Dictionary<string, Expr> Before, Dictionary<string, Expr> After) x, Step step)
        {
            var counts = _before.Model.Cells.Values.Where(c => !c.IsBool && !c.IsTime && !c.IsReal && !c.IsInput)
                .Select(c => ValueOf(model.Eval(x.Before[c.Path], true), c.Signed ? PlcType.LInt : PlcType.ULInt).AsInteger - c.Initial)
                .Where(v => v is >= 2 and <= 200_000)
                .Distinct().OrderDescending().Take(3).ToList();
            if (counts.Count == 0)
            {
                return null;
            }

            var last = TraceOf(model, [step]).Segments[0];
            var reach = Reach(model, x.Before);
            // The input the failing scan raises is most likely the one that counts: try those first.
            var pulsed = _pair.Inputs.Where(i => i.Type.Kind == PlcValueKind.Bool)
                .OrderBy(i => last.Changes.TryGetValue(i.Name, out var v) && v.AsBool ? 0 : 1)
                .Take(12).ToList();
            foreach (var count in counts)
            {
                foreach (var n in new[] { count, count + 1, count - 1 })
                {
                    foreach (var input in pulsed)
                    {
                        if (OutOfTime)
                        {
                            return null;
                        }

                        var idle = last.Changes.ToDictionary(StringComparer.OrdinalIgnoreCase);
                        idle[input.Name] = PlcValue.FromBool(false);
                        var segments = new List<TraceSegment>(reach) { new(2, idle) };
                        var on = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase) { [input.Name] = PlcValue.FromBool(true) };
                        var off = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase) { [input.Name] = PlcValue.FromBool(false) };
                        for (var i = 0; i < n; i++)
                        {
                            segments.Add(new TraceSegment(1, on));
                            segments.Add(new TraceSegment(1, off));
                        }

                        segments.Add(new TraceSegment(2, last.Changes));
                        if (Confirm(new InputTrace(segments), $"a counterexample to induction from a count of {count}, reached by {n} pulses of {input.Name}", 1) is { } found)
                        {
                            return found;
                        }
                    }
                }
            }

            return null;
        }
    }
}
