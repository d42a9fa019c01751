using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>An LLM agent session; the same provider judges the result.</summary>
public sealed class LlmSiteAgent(ProviderConnection connection) : ISiteAgent
{
    public SecretRedactor Redactor => connection.Redactor;

    public IChangeJudge? Judge { get; } = new LlmChangeJudge(connection.Client);

    public Task<SessionResult> RunAsync(SessionRequest request, CancellationToken cancellationToken) =>
        new AgentSession(connection).RunAsync(request, cancellationToken);
}
