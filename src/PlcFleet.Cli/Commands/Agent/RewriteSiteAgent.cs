using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Rewrite;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>The structural-rewrite agent driven by the migration's <c>rewrite:</c> rules; no LLM, so no judge.</summary>
public sealed class RewriteSiteAgent(Migration migration) : ISiteAgent
{
    public SecretRedactor Redactor => SecretRedactor.None;

    public IChangeJudge? Judge => null;

    public Task<SessionResult> RunAsync(SessionRequest request, CancellationToken cancellationToken)
    {
        var rules = migration.Rewrite.Select(r => new Agents.Rewrite.RewriteRule(r.Name, r.Match, r.Replace)).ToList();
        return new RewriteAgent().RunAsync(request, rules, cancellationToken);
    }
}
