using PlcFleet.Agents.Rewrite;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Runs;

/// <summary>The deterministic structural-rewrite agent, driven by the migration's <c>rewrite:</c> rules; needs no LLM.</summary>
public sealed class RewriteSiteAgent : ISiteAgent
{
    public string Name => "rewrite";

    public Task<SessionResult> RunAsync(SessionRequest request, Migration migration, CancellationToken cancellationToken) =>
        new RewriteAgent().RunAsync(request, migration.Rewrite.Select(r => new Agents.Rewrite.RewriteRule(r.Name, r.Match, r.Replace)).ToList(), cancellationToken);
}
