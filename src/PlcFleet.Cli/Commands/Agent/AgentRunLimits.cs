using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>The migration's <c>agent:</c> limits as the session enforces them.</summary>
public static class AgentRunLimits
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
