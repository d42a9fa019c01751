using System.Diagnostics;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Conditions;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Tracing;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>
/// Runs a scenario on a program instance. Scan k runs at k × cycle. Before a scan, every <c>set</c> due by then is
/// applied (inputs latch at the scan's start); after it, due expectations and all active invariants are checked.
/// An expectation without <c>within</c> is checked in the first scan at or after its time; with <c>within</c> it
/// passes in the first scan where it holds and fails after the last scan of its window.
/// </summary>
public static class ScenarioRunner
{
    public static ScenarioResult Run(Scenario scenario, IProgramInstance instance, ScenarioRunOptions? options = null)
    {
        options ??= new ScenarioRunOptions();
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var bound = ScenarioBinder.Bind(scenario, instance, diagnostics, options.Signals);
        if (bound is null)
        {
            var setupFailures = diagnostics.Select(d => new ScenarioFailure(ScenarioFailureKind.Setup, Locate(d), d.Message)).ToList();
            return new ScenarioResult(scenario.Name, scenario.Source.Path, scenario.Program, setupFailures, 0, TimeSpan.Zero, stopwatch.Elapsed);
        }

        var run = new ScenarioExecution(bound, instance, options);
        var result = run.Execute();
        return result with { WallTime = stopwatch.Elapsed };
    }

    /// <summary>Parses and runs every scenario of a file; a program resolver gives a fresh instance per scenario.</summary>
    public static ScenarioSuiteResult RunFile(ScenarioFile file, Func<string, IProgramInstance?> createProgram, ScenarioRunOptions? options = null)
    {
        var results = new List<ScenarioResult>();
        if (file.HasErrors)
        {
            var failures = file.Diagnostics.Where(d => d.IsError).Select(d => new ScenarioFailure(ScenarioFailureKind.Setup, Locate(d), d.Message)).ToList();
            results.Add(new ScenarioResult(Path.GetFileName(file.Source.Path), file.Source.Path, string.Empty, failures, 0, TimeSpan.Zero, TimeSpan.Zero));
            return new ScenarioSuiteResult(results);
        }

        foreach (var scenario in file.Scenarios)
        {
            var instance = createProgram(scenario.Program);
            if (instance is null)
            {
                var failure = new ScenarioFailure(ScenarioFailureKind.Setup, scenario.Locate(scenario.ProgramSpan), $"no PROGRAM named '{scenario.Program}' in the project");
                results.Add(new ScenarioResult(scenario.Name, file.Source.Path, scenario.Program, [failure], 0, TimeSpan.Zero, TimeSpan.Zero));
                continue;
            }

            results.Add(Run(scenario, instance, options));
        }

        return new ScenarioSuiteResult(results);
    }

    private static string Locate(Diagnostic diagnostic) => $"{diagnostic.FilePath}:{diagnostic.Start.Line}:{diagnostic.Start.Column}";

    private sealed class ScenarioExecution
    {
        private readonly BoundScenario _bound;
        private readonly Scenario _scenario;
        private readonly IProgramInstance _instance;
        private readonly ScenarioRunOptions _options;
        private readonly TimeSpan _cycle;
        private readonly List<ScenarioFailure> _failures = [];
        private readonly List<string> _setSignals;

        public ScenarioExecution(BoundScenario bound, IProgramInstance instance, ScenarioRunOptions options)
        {
            _bound = bound;
            _scenario = bound.Scenario;
            _instance = instance;
            _options = options;
            _cycle = _scenario.Cycle ?? options.TaskCycleTime ?? ScanCycleRunner.DefaultCycleTime;
            _setSignals = bound.Initial.Concat(bound.Sets).Select(s => s.Signal.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        public ScenarioResult Execute()
        {
            var recorded = _setSignals
                .Concat(_bound.Expectations.Select(e => e.Signal.Name))
                .Concat(_bound.Invariants.SelectMany(i => i.Condition.ReferencedSignals))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var runner = new ScanCycleRunner(_instance, _cycle, recorded, _options.HistoryLength);
            var vcd = StartTrace(runner);
            var duration = _scenario.Duration ?? (_scenario.Steps.Count == 0 ? TimeSpan.Zero : _scenario.Steps.Max(s => s.End)) + _cycle;

            foreach (var initial in _bound.Initial)
            {
                _instance.Set(initial.Signal.Name, initial.Value);
            }

            var pendingSets = new Queue<BoundAssignment>(_bound.Sets);
            var pendingRestarts = new Queue<ScenarioStep>(_scenario.Steps.Where(s => s.WarmRestart).OrderBy(s => s.At));
            var fieldInputs = _bound.Initial.Where(i => i.Signal.Direction == SignalDirection.Input)
                .ToDictionary(i => i.Signal.Name, i => i.Value, StringComparer.OrdinalIgnoreCase);
            var open = _bound.Expectations.ToList();
            var violated = new HashSet<BoundInvariant>();
            while (runner.NextScanTime < duration && runner.CyclesRun < _options.MaxCycles)
            {
                var time = runner.NextScanTime;
                if (pendingRestarts.Count > 0 && pendingRestarts.Peek().At <= time)
                {
                    while (pendingRestarts.Count > 0 && pendingRestarts.Peek().At <= time)
                    {
                        pendingRestarts.Dequeue();
                    }

                    // The field did not change: after the restart the PLC reads the same inputs again.
                    _instance.WarmRestart();
                    foreach (var (input, value) in fieldInputs)
                    {
                        _instance.Set(input, value);
                    }
                }

                while (pendingSets.Count > 0 && pendingSets.Peek().At <= time)
                {
                    var set = pendingSets.Dequeue();
                    _instance.Set(set.Signal.Name, set.Value);
                    if (set.Signal.Direction == SignalDirection.Input)
                    {
                        fieldInputs[set.Signal.Name] = set.Value;
                    }
                }

                if (!runner.Step())
                {
                    var fault = runner.Fault!;
                    _failures.Add(new ScenarioFailure(
                        ScenarioFailureKind.RuntimeFault,
                        fault.Location?.ToString() ?? _scenario.Locate(_scenario.Span),
                        $"runtime fault {fault.Kind} in cycle {fault.Cycle} ({IecTime.FormatShort(fault.Time)}): {fault.Message}",
                        Cycle: fault.Cycle,
                        Time: fault.Time) { History = runner.History.Select(recorded) });
                    break;
                }

                var cycle = runner.CyclesRun - 1;
                CheckExpectations(open, runner, cycle, time);
                CheckInvariants(violated, runner, cycle, time);
            }

            if (runner.CyclesRun >= _options.MaxCycles && runner.NextScanTime < duration)
            {
                _failures.Add(new ScenarioFailure(
                    ScenarioFailureKind.Setup,
                    _scenario.Locate(_scenario.Span),
                    $"stopped after {runner.CyclesRun} cycles ({IecTime.FormatShort(runner.NextScanTime)}), the limit for one scenario; shorten the duration or lengthen the cycle"));
            }

            foreach (var expectation in open)
            {
                var actual = runner.IsFaulted ? "(not reached: the program faulted)" : $"(not reached: the run ended at {IecTime.FormatShort(runner.NextScanTime)})";
                Fail(expectation, runner, actual, null, null);
            }

            vcd?.Finish(runner.NextScanTime);
            return new ScenarioResult(_scenario.Name, _scenario.Source.Path, _scenario.Program, _failures, runner.CyclesRun, runner.NextScanTime, TimeSpan.Zero, runner.Fault);
        }

        private VcdWriter? StartTrace(ScanCycleRunner runner)
        {
            if (_options.Trace is null)
            {
                return null;
            }

            foreach (var unknown in _options.TraceSignals.Where(n => _instance.FindSignal(n) is null))
            {
                _failures.Add(new ScenarioFailure(ScenarioFailureKind.Setup, _scenario.Locate(_scenario.Span), $"cannot trace '{unknown}': {_instance.Name} has no such signal"));
            }

            var signals = _options.TraceSignals.Count == 0
                ? _instance.Signals
                : _options.TraceSignals.Select(n => _instance.FindSignal(n)).OfType<SignalInfo>().ToList();
            var writer = new VcdWriter(_options.Trace, _instance.Name, signals);
            runner.CycleCompleted += snapshot => writer.WriteCycle(snapshot.Time, _instance.Get);
            return writer;
        }

        private void CheckExpectations(List<BoundExpectation> open, ScanCycleRunner runner, long cycle, TimeSpan time)
        {
            for (var i = open.Count - 1; i >= 0; i--)
            {
                var expectation = open[i];
                if (expectation.Step.At > time)
                {
                    continue;
                }

                var actual = _instance.Get(expectation.Signal.Name);
                var holds = actual.SameValueAs(expectation.Expected);
                var windowClosed = expectation.Step.Within is null || time + _cycle > expectation.Step.End;
                if (holds || windowClosed)
                {
                    open.RemoveAt(i);
                    if (!holds)
                    {
                        Fail(expectation, runner, actual.ToString(), cycle, time);
                    }
                }
            }
        }

        private void CheckInvariants(HashSet<BoundInvariant> violated, ScanCycleRunner runner, long cycle, TimeSpan time)
        {
            foreach (var invariant in _bound.Invariants)
            {
                if (violated.Contains(invariant) || !invariant.Invariant.AppliesAt(time))
                {
                    continue;
                }

                bool value;
                try
                {
                    value = invariant.Condition.Evaluate!();
                }
                catch (ConditionFaultException fault)
                {
                    violated.Add(invariant);
                    _failures.Add(new ScenarioFailure(ScenarioFailureKind.Invariant, _scenario.Locate(invariant.Invariant.ExpressionSpan),
                        $"{invariant.Invariant} cannot be evaluated at {IecTime.FormatShort(time)} (cycle {cycle}): {fault.Message}", Cycle: cycle, Time: time));
                    continue;
                }

                var broken = invariant.Invariant.Kind == InvariantKind.Never ? value : !value;
                if (broken)
                {
                    violated.Add(invariant);
                    var message = $"invariant violated at {IecTime.FormatShort(time)} (cycle {cycle}): {invariant.Invariant} "
                        + $"is {(value ? "TRUE" : "FALSE")} ({Describe(invariant.Condition.ReferencedSignals)})";
                    _failures.Add(new ScenarioFailure(
                        ScenarioFailureKind.Invariant,
                        _scenario.Locate(invariant.Invariant.ExpressionSpan),
                        message,
                        Expected: invariant.Invariant.Kind == InvariantKind.Never ? "FALSE" : "TRUE",
                        Actual: value ? "TRUE" : "FALSE",
                        Cycle: cycle,
                        Time: time) { History = runner.History.Select(invariant.Condition.ReferencedSignals) });
                }
            }
        }

        private string Describe(IEnumerable<string> signals) =>
            string.Join(", ", signals.Select(s => $"{s} = {_instance.Get(s)}"));

        private void Fail(BoundExpectation expectation, ScanCycleRunner runner, string actual, long? cycle, TimeSpan? time)
        {
            var step = expectation.Step;
            var when = step.Within is { } within
                ? $"within {IecTime.FormatShort(within)} of {IecTime.FormatShort(step.At)}"
                : $"at {IecTime.FormatShort(step.At)}";
            var seen = step.Within is not null && time is not null
                ? $"it was still {actual} at {IecTime.FormatShort(time.Value)}"
                : time is null ? $"it was {actual}" : $"it was {actual} (cycle {cycle}, {IecTime.FormatShort(time.Value)})";
            var message = $"step {step.Number}: expected {expectation.Signal.Name} = {expectation.Expected} {when}, but {seen}";
            var involved = new[] { expectation.Signal.Name }.Concat(_setSignals).Take(8);
            _failures.Add(new ScenarioFailure(
                ScenarioFailureKind.Expectation,
                _scenario.Locate(expectation.Source.SignalSpan),
                message,
                expectation.Signal.Name,
                expectation.Expected.ToString(),
                actual,
                cycle,
                time) { History = runner.History.Select(involved) });
        }
    }
}
