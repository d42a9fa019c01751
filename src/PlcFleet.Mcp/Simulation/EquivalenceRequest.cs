namespace PlcFleet.Mcp.Simulation;

/// <summary>What <c>equiv</c> compares (two site folders) and how hard it looks for a difference.</summary>
public sealed record EquivalenceRequest(string Before, string After)
{
    /// <summary>The PROGRAM to compare; null compares every program the scenarios name, else every program.</summary>
    public string? Program { get; init; }

    /// <summary>Seed of the random traces; null picks one, which the answer names so the run can be replayed.</summary>
    public int? Seed { get; init; }

    public int RandomTraces { get; init; } = 50;

    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Outputs the change is meant to alter; they are not compared.</summary>
    public IReadOnlyList<string> AllowedToChange { get; init; } = [];
}
