using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>A parsed scenario file: its scenarios (one per YAML document) and every problem found in it.</summary>
public sealed record ScenarioFile(SourceText Source, IReadOnlyList<Scenario> Scenarios, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
