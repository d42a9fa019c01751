using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Scenarios;

/// <summary><c>Signal: value</c> inside <c>initial</c>, <c>set</c> or <c>expect</c>; the value is still the YAML text.</summary>
public sealed record SignalAssignment(string Signal, string Value, TextSpan SignalSpan, TextSpan ValueSpan);
