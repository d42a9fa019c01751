using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Runs;

/// <summary>An LLM agent session per site, over the configured provider.</summary>
public sealed class LlmSiteAgent(ProviderConnection connection) : ISiteAgent
{
    public string Name => $"llm:{connection.Settings.Model}";

    public Task<SessionResult> RunAsync(SessionRequest request, Migration migration, CancellationToken cancellationToken) =>
        new AgentSession(connection).RunAsync(request, cancellationToken);
}
