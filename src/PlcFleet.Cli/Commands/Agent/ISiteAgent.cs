using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>Who makes the change in one <c>agent run</c>: an LLM session or the deterministic rewrite agent.</summary>
public interface ISiteAgent
{
    /// <summary>Knows the API key, if any, so transcripts never hold it.</summary>
    SecretRedactor Redactor { get; }

    /// <summary>The LLM judge, or null when no LLM is configured (the rewrite agent then says "judge: off").</summary>
    IChangeJudge? Judge { get; }

    Task<SessionResult> RunAsync(SessionRequest request, CancellationToken cancellationToken);
}
