namespace PlcFleet.Cli.Commands.Simulation;

/// <summary>The parsed options of <c>plcfleet equiv</c>.</summary>
public sealed record EquivRequest(string Before, string After, string? Program, int? Seed, int? Traces, string? AllowChange, IReadOnlyList<string> Map, string Budget = "5s")
{
    /// <summary>Skip the symbolic engine (random differential search only).</summary>
    public bool RandomOnly { get; init; }

    /// <summary>Where to write a difference's input trace as a scenario file (replays the before program's values).</summary>
    public string? WriteScenario { get; init; }
}
