using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>
/// One scenario test as written in a <c>*.scenario.yaml</c> file: a PROGRAM, inputs over virtual time, expected
/// outputs and invariants. Every part keeps its span in <see cref="Source"/> so problems can name file:line:column.
/// </summary>
public sealed record Scenario(
    string Name,
    string Program,
    TimeSpan? Cycle,
    IReadOnlyList<SignalAssignment> Initial,
    IReadOnlyList<ScenarioStep> Steps,
    IReadOnlyList<ScenarioInvariant> Invariants,
    TimeSpan? Duration,
    SourceText Source,
    TextSpan Span,
    TextSpan ProgramSpan)
{
    /// <summary>file:line:column of a span in this scenario's file.</summary>
    public string Locate(TextSpan span)
    {
        var position = Source.GetLinePosition(span.Start);
        return $"{Source.Path}:{position.Line}:{position.Column}";
    }
}
