using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;
using PlcFleet.Formats.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>
/// Reads <c>*.scenario.yaml</c> files (one scenario per YAML document) with YamlDotNet's node positions, so every
/// problem is reported as a diagnostic at file:line:column instead of an exception. Signal names and value types are
/// checked later against the program instance (see <see cref="ScenarioBinder"/>).
/// </summary>
public static class ScenarioParser
{
    private static readonly string[] ScenarioKeys = ["scenario", "description", "program", "cycle", "initial", "steps", "invariants", "duration"];
    private static readonly string[] StepKeys = ["at", "within", "set", "expect", "restart"];
    private static readonly string[] InvariantKeys = ["never", "always", "from", "to"];

    public static ScenarioFile ParseFile(string path, string? displayPath = null) => Parse(SourceText.FromFile(path, displayPath ?? path));

    public static ScenarioFile Parse(string text, string path = "scenario.yaml") => Parse(new SourceText(text, path));

    public static ScenarioFile Parse(SourceText source)
    {
        var diagnostics = new List<Diagnostic>();
        var scenarios = new List<Scenario>();
        if (!YamlLoader.TryLoad(source.Text, out var stream, out var error))
        {
            var start = Math.Clamp(error.Index, 0, source.Length);
            diagnostics.Add(ScenarioDiagnostics.Error(ScenarioDiagnostics.InvalidYaml, source, new TextSpan(start, 0), "invalid YAML: " + error.Message));
            return new ScenarioFile(source, scenarios, diagnostics);
        }

        var reader = new Reader(source, diagnostics);
        foreach (var document in stream.Documents)
        {
            if (reader.ReadScenario(document.RootNode) is { } scenario)
            {
                scenarios.Add(scenario);
            }
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(ScenarioDiagnostics.Error(ScenarioDiagnostics.MissingKey, source, new TextSpan(0, 0), "the file holds no scenario"));
        }

        return new ScenarioFile(source, scenarios, diagnostics);
    }

    private sealed class Reader(SourceText source, List<Diagnostic> diagnostics)
    {
        public Scenario? ReadScenario(YamlNode root)
        {
            if (Expect<YamlMappingNode>(root, "a scenario (a mapping with scenario, program and steps)") is not { } map)
            {
                return null;
            }

            var entries = Entries(map, ScenarioKeys);
            var name = RequiredScalar(map, entries, "scenario");
            var program = RequiredScalar(map, entries, "program");
            var cycle = OptionalDuration(entries, "cycle");
            if (cycle is { } c && c <= TimeSpan.Zero)
            {
                Report(ScenarioDiagnostics.InvalidDuration, entries["cycle"], "the cycle time must be greater than zero");
                cycle = null;
            }

            var initial = entries.TryGetValue("initial", out var initialNode) ? Assignments(initialNode, "initial") : [];
            var steps = new List<ScenarioStep>();
            if (!entries.TryGetValue("steps", out var stepsNode))
            {
                Report(ScenarioDiagnostics.MissingKey, map, "missing 'steps': a scenario needs at least one step");
            }
            else if (Expect<YamlSequenceNode>(stepsNode, "a list of steps") is { } sequence)
            {
                foreach (var stepNode in sequence.Children)
                {
                    if (ReadStep(stepNode, steps.Count + 1) is { } step)
                    {
                        steps.Add(step);
                    }
                }
            }

            var invariants = new List<ScenarioInvariant>();
            if (entries.TryGetValue("invariants", out var invariantsNode) && Expect<YamlSequenceNode>(invariantsNode, "a list of invariants") is { } invariantList)
            {
                foreach (var node in invariantList.Children)
                {
                    if (ReadInvariant(node) is { } invariant)
                    {
                        invariants.Add(invariant);
                    }
                }
            }

            var duration = OptionalDuration(entries, "duration");
            if (name is null || program is null)
            {
                return null;
            }

            return new Scenario(name.Value!, program.Value!, cycle, initial, steps, invariants, duration, source, Span(map), Span(program));
        }

        private ScenarioStep? ReadStep(YamlNode node, int number)
        {
            if (Expect<YamlMappingNode>(node, "a step (a mapping with at and set or expect)") is not { } map)
            {
                return null;
            }

            var entries = Entries(map, StepKeys);
            var atNode = RequiredScalar(map, entries, "at");
            var at = atNode is null ? null : Duration(atNode);
            var within = OptionalDuration(entries, "within");
            var set = entries.TryGetValue("set", out var setNode) ? Assignments(setNode, "set") : [];
            var expect = entries.TryGetValue("expect", out var expectNode) ? Assignments(expectNode, "expect") : [];
            var restart = entries.TryGetValue("restart", out var restartNode) && Restart(restartNode);
            if (setNode is null && expectNode is null && restartNode is null)
            {
                Report(ScenarioDiagnostics.MissingKey, map, "a step needs 'set', 'expect' or 'restart'");
            }

            if (within is not null && expectNode is null)
            {
                Report(ScenarioDiagnostics.WrongShape, entries["within"], "'within' only applies to 'expect'");
            }

            return at is null ? null : new ScenarioStep(number, at.Value, within, set, expect, Span(map), restart);
        }

        /// <summary><c>restart: warm</c>; a cold restart would also clear RETAIN data, which a running line never sees.</summary>
        private bool Restart(YamlNode node)
        {
            if (Expect<YamlScalarNode>(node, "'warm'") is not { } scalar)
            {
                return false;
            }

            if (!string.Equals(scalar.Value, "warm", StringComparison.OrdinalIgnoreCase))
            {
                Report(ScenarioDiagnostics.WrongShape, scalar, $"restart: '{scalar.Value}' is not supported; use 'warm' (RETAIN variables keep their values, the others restart)");
                return false;
            }

            return true;
        }

        private ScenarioInvariant? ReadInvariant(YamlNode node)
        {
            if (Expect<YamlMappingNode>(node, "an invariant (never: or always: with an ST expression)") is not { } map)
            {
                return null;
            }

            var entries = Entries(map, InvariantKeys);
            var hasNever = entries.TryGetValue("never", out var never);
            var hasAlways = entries.TryGetValue("always", out var always);
            if (hasNever == hasAlways)
            {
                Report(ScenarioDiagnostics.MissingKey, map, "an invariant needs exactly one of 'never' or 'always'");
                return null;
            }

            var expressionNode = Expect<YamlScalarNode>((hasNever ? never : always)!, "an ST boolean expression");
            var from = OptionalDuration(entries, "from");
            var to = OptionalDuration(entries, "to");
            if (expressionNode is null || string.IsNullOrWhiteSpace(expressionNode.Value))
            {
                return null;
            }

            return new ScenarioInvariant(hasNever ? InvariantKind.Never : InvariantKind.Always, expressionNode.Value!, from, to, Span(map), Span(expressionNode));
        }

        private List<SignalAssignment> Assignments(YamlNode node, string key)
        {
            var result = new List<SignalAssignment>();
            if (Expect<YamlMappingNode>(node, $"a mapping of signal: value under '{key}'") is not { } map)
            {
                return result;
            }

            foreach (var (signalNode, valueNode) in map.Children)
            {
                if (Expect<YamlScalarNode>(signalNode, "a signal name") is not { } signal
                    || Expect<YamlScalarNode>(valueNode, $"a single value for {signalNode}") is not { } value)
                {
                    continue;
                }

                result.Add(new SignalAssignment(signal.Value ?? string.Empty, value.Value ?? string.Empty, Span(signal), Span(value)));
            }

            return result;
        }

        private Dictionary<string, YamlNode> Entries(YamlMappingNode map, string[] allowed)
        {
            var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (!allowed.Contains(key))
                {
                    Report(ScenarioDiagnostics.UnknownKey, keyNode, $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}");
                    continue;
                }

                entries[key] = valueNode;
            }

            return entries;
        }

        private YamlScalarNode? RequiredScalar(YamlMappingNode map, Dictionary<string, YamlNode> entries, string key)
        {
            if (!entries.TryGetValue(key, out var node))
            {
                Report(ScenarioDiagnostics.MissingKey, map, $"missing '{key}'");
                return null;
            }

            var scalar = Expect<YamlScalarNode>(node, $"a single value for '{key}'");
            if (scalar is not null && string.IsNullOrWhiteSpace(scalar.Value))
            {
                Report(ScenarioDiagnostics.MissingKey, scalar, $"'{key}' is empty");
                return null;
            }

            return scalar;
        }

        private TimeSpan? OptionalDuration(Dictionary<string, YamlNode> entries, string key) =>
            entries.TryGetValue(key, out var node) && Expect<YamlScalarNode>(node, $"a duration for '{key}' such as 250ms or T#1s") is { } scalar
                ? Duration(scalar)
                : null;

        private TimeSpan? Duration(YamlScalarNode node)
        {
            var text = node.Value ?? string.Empty;
            if (text.Trim() == "0")
            {
                return TimeSpan.Zero;
            }

            if (!IecTime.TryParse(text, out TimeSpan duration, out var error))
            {
                Report(ScenarioDiagnostics.InvalidDuration, node, error);
                return null;
            }

            if (duration < TimeSpan.Zero)
            {
                Report(ScenarioDiagnostics.InvalidDuration, node, $"'{text}' is negative; scenario times start at 0ms");
                return null;
            }

            return duration;
        }

        private T? Expect<T>(YamlNode node, string what)
            where T : YamlNode
        {
            if (node is T typed)
            {
                return typed;
            }

            Report(ScenarioDiagnostics.WrongShape, node, $"expected {what}, found {Describe(node)}");
            return null;
        }

        private static string Describe(YamlNode node) => node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            YamlScalarNode scalar => $"'{scalar.Value}'",
            _ => "something else",
        };

        private TextSpan Span(YamlNode node)
        {
            var start = (int)Math.Min(node.Start.Index, source.Length);
            var end = (int)Math.Clamp(node.End.Index, start, source.Length);
            return TextSpan.FromBounds(start, end);
        }

        private void Report(string code, YamlNode node, string message) =>
            diagnostics.Add(ScenarioDiagnostics.Error(code, source, Span(node), message));
    }
}
