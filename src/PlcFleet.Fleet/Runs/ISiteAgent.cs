using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Runs;

/// <summary>
/// Whatever changes one site's workspace for a migration: the structural-rewrite agent or an LLM session. Fleet runs
/// and <c>plcfleet agent run</c> both use it; how the change is made is the agent's business.
/// </summary>
public interface ISiteAgent
{
    /// <summary>Short name for logs and evidence, e.g. <c>rewrite</c> or <c>llm:gpt-4.1</c>.</summary>
    string Name { get; }

    /// <summary>Knows the API key, if any, so transcripts never hold it. Agents without a key need not say.</summary>
    SecretRedactor Redactor => SecretRedactor.None;

    Task<SessionResult> RunAsync(SessionRequest request, Migration migration, CancellationToken cancellationToken);
}
