using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Conditions;
using PlcFleet.Simulation.Programs.Signals;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>
/// Checks a parsed scenario against the program instance it will run on: every signal must exist, every value must
/// fit the signal's IEC type, only inputs and internals may be set, and invariants must compile. Names resolve as
/// in ST (see <see cref="SignalResolver"/>); the <paramref name="directory"/> adds AT addresses and global list names.
/// </summary>
public static class ScenarioBinder
{
    public static BoundScenario? Bind(Scenario scenario, IProgramInstance instance, List<Diagnostic> diagnostics, SignalDirectory? directory = null)
    {
        var errorsBefore = diagnostics.Count;
        var resolver = new SignalResolver(instance, directory);
        var conditions = new ConditionCompiler(instance, directory);
        if (!string.Equals(scenario.Program, instance.Name, StringComparison.OrdinalIgnoreCase))
        {
            Report(ScenarioDiagnostics.WrongProgram, scenario.ProgramSpan, $"the scenario is for '{scenario.Program}' but runs on '{instance.Name}'");
        }

        var initial = scenario.Initial.Select(a => Assign(a, TimeSpan.Zero, null)).OfType<BoundAssignment>().ToList();
        var sets = new List<BoundAssignment>();
        var expectations = new List<BoundExpectation>();
        foreach (var step in scenario.Steps)
        {
            sets.AddRange(step.Set.Select(a => Assign(a, step.At, step)).OfType<BoundAssignment>());
            foreach (var expect in step.Expect)
            {
                if (Resolve(expect) is { } signal && Value(expect, signal) is { } value)
                {
                    expectations.Add(new BoundExpectation(step, signal, value, expect));
                }
            }
        }

        var invariants = new List<BoundInvariant>();
        foreach (var invariant in scenario.Invariants)
        {
            var condition = conditions.Compile(invariant.Expression);
            if (!condition.IsValid)
            {
                Report(ScenarioDiagnostics.InvalidCondition, ErrorSpan(scenario.Source, invariant, condition), $"invalid condition '{invariant.Expression}': {condition.Error}");
                continue;
            }

            invariants.Add(new BoundInvariant(invariant, condition));
        }

        return diagnostics.Count > errorsBefore
            ? null
            : new BoundScenario(scenario, initial, [.. sets.OrderBy(s => s.At)], expectations, invariants);

        BoundAssignment? Assign(SignalAssignment assignment, TimeSpan at, ScenarioStep? step)
        {
            if (Resolve(assignment) is not { } signal)
            {
                return null;
            }

            if (signal.Direction == SignalDirection.Output)
            {
                Report(ScenarioDiagnostics.NotSettable, assignment.SignalSpan, $"'{signal.Name}' is an output of {instance.Name}; scenarios set inputs (or force internals) and expect outputs");
                return null;
            }

            return Value(assignment, signal) is { } value ? new BoundAssignment(at, signal, value, assignment, step) : null;
        }

        SignalInfo? Resolve(SignalAssignment assignment)
        {
            var lookup = resolver.Resolve(assignment.Signal);
            if (lookup.Signal is null)
            {
                Report(ScenarioDiagnostics.UnknownSignal, assignment.SignalSpan, lookup.Error!);
            }

            return lookup.Signal;
        }

        PlcValue? Value(SignalAssignment assignment, SignalInfo signal)
        {
            if (!PlcValue.TryParse(assignment.Value, signal.Type, out var value, out var error))
            {
                Report(ScenarioDiagnostics.WrongValueType, assignment.ValueSpan, $"{signal.Name} is {signal.Type}: {error}");
                return null;
            }

            return value;
        }

        void Report(string code, TextSpan span, string message) =>
            diagnostics.Add(ScenarioDiagnostics.Error(code, scenario.Source, span, message));
    }

    /// <summary>
    /// The span of a condition's problem in the scenario file: the expression's YAML scalar plus the offset within
    /// it (a quoted scalar starts with its quote; conditions rarely hold escapes, so the offset is otherwise exact).
    /// </summary>
    private static TextSpan ErrorSpan(SourceText source, ScenarioInvariant invariant, CompiledCondition condition)
    {
        var span = invariant.ExpressionSpan;
        var text = source.Text;
        var quoted = span.Length > 0 && text[span.Start] is '"' or '\'';
        var start = Math.Min(span.Start + (quoted ? 1 : 0) + condition.ErrorOffset, span.End);
        return new TextSpan(start, Math.Min(condition.ErrorLength, span.End - start));
    }
}
