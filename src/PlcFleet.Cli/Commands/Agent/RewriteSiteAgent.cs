using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>The structural-rewrite agent driven by the migration's <c>rewrite:</c> rules; no LLM, so no judge.</summary>
public sealed class RewriteSiteAgent(Migration migration) : ISiteAgent
{
    public SecretRedactor Redactor => SecretRedactor.None;

    public IChangeJudge? Judge => null;

    /// <summary>The same rewrite agent a fleet run uses, so one site and many sites rewrite alike.</summary>
    public Task<SessionResult> RunAsync(SessionRequest request, CancellationToken cancellationToken) =>
        new PlcFleet.Fleet.Runs.RewriteSiteAgent().RunAsync(request, migration, cancellationToken);
}
