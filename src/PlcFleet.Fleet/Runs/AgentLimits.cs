using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Runs;

/// <summary>The migration's <c>agent:</c> limits as the session enforces them (our code, never the model's goodwill).</summary>
public static class AgentLimits
{
    public static SessionLimits From(AgentSettings agent) => new()
    {
        MaxTurnsPerAttempt = agent.MaxTurns,
        MaxAttempts = agent.MaxAttempts,
        MaxTokens = agent.MaxTokens,
        MaxCost = agent.MaxCostUsd,
        MaxWallTime = TimeSpan.FromMinutes(agent.MaxMinutes),
    };
}
