namespace PlcFleet.Fleet.Migrations;

/// <summary>Which agent runs the migration and the limits the harness enforces on it (never left to the model).</summary>
public sealed record AgentSettings(AgentKind Kind, int MaxTurns, int MaxAttempts, int MaxTokens, decimal MaxCostUsd, int MaxMinutes)
{
    public static AgentSettings Default { get; } = new(AgentKind.Llm, 10, 3, 200_000, 2.0m, 15);
}
