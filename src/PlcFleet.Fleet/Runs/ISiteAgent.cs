using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Runs;

/// <summary>
/// Whatever changes one site's workspace for a migration: the structural-rewrite agent or an LLM session.
/// The orchestrator only needs the session result; how the change is made is the agent's business.
/// </summary>
public interface ISiteAgent
{
    /// <summary>Short name for logs and evidence, e.g. <c>rewrite</c> or <c>llm:gpt-4.1</c>.</summary>
    string Name { get; }

    Task<SessionResult> RunAsync(SessionRequest request, Migration migration, CancellationToken cancellationToken);
}
