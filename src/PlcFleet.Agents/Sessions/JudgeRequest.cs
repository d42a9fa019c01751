namespace PlcFleet.Agents.Sessions;

/// <summary>What the judge sees: the migration prompt and the diff. Never the agent's reasoning, which could argue its case.</summary>
public sealed record JudgeRequest(string MigrationPrompt, string Diff);
