namespace PlcFleet.Cli.Commands.Simulation;

/// <summary>The parsed options of <c>plcfleet equiv</c>.</summary>
public sealed record EquivRequest(string Before, string After, string? Program, int? Seed, int? Traces, string? AllowChange, IReadOnlyList<string> Map, string Budget = "5s");
