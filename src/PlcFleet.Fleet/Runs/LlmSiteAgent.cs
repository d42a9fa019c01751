using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Runs;

/// <summary>An LLM agent session per site, over the configured provider; the same provider can judge the result.</summary>
public sealed class LlmSiteAgent(ProviderConnection connection) : ISiteAgent
{
    public string Name => $"llm:{connection.Settings.Model}";

    public SecretRedactor Redactor => connection.Redactor;

    /// <summary>The LLM judge on the agent's own provider (it sees the prompt and the diff, never the agent's reasoning).</summary>
    public IChangeJudge CreateJudge() => new LlmChangeJudge(connection.Client);

    public Task<SessionResult> RunAsync(SessionRequest request, Migration migration, CancellationToken cancellationToken) =>
        new AgentSession(connection).RunAsync(request, cancellationToken);
}
