namespace PlcFleet.Agents.Sessions;

/// <summary>Limits our code enforces (model- and tool-side caps have been seen to fail open).</summary>
public sealed record SessionLimits
{
    /// <summary>Model calls within one attempt; an attempt ends when the model stops calling tools.</summary>
    public int MaxTurnsPerAttempt { get; init; } = 10;

    /// <summary>Attempts: the first one plus one per verifier failure or judge veto fed back.</summary>
    public int MaxAttempts { get; init; } = 3;

    public long MaxTokens { get; init; } = 400_000;

    /// <summary>In the currency of the configured prices; null means no ceiling.</summary>
    public decimal? MaxCost { get; init; } = 5m;

    public TimeSpan MaxWallTime { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>The same tool call with the same answer this many times, with no edit in between, is a loop.</summary>
    public int LoopThreshold { get; init; } = 3;

    public static SessionLimits Default { get; } = new();
}
