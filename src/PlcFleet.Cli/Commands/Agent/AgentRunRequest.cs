namespace PlcFleet.Cli.Commands.Agent;

/// <summary>The arguments of one <c>plcfleet agent run</c>.</summary>
public sealed record AgentRunRequest(string MigrationFile, string Repository, string? WorkFolder, ProviderChoice Provider);
