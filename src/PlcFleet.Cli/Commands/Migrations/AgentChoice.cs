using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>
/// Picks the agent a migration asks for (<c>agent.kind</c>) and the judge: the LLM judge runs only when an LLM is
/// configured (<c>plcfleet.config.yaml</c> beside fleet.yaml or in the current folder, or <c>--config</c>).
/// </summary>
public sealed record AgentChoice(ISiteAgent? Agent, IChangeJudge? Judge, IReadOnlyList<string> Problems)
{
    /// <param name="offline">No LLM at all, whatever is configured (the demo promises no network).</param>
    public static AgentChoice For(Fleet.Migrations.Migration migration, string fleetPath, string? configPath, bool offline = false)
    {
        var config = offline ? null : configPath ?? FindConfig(fleetPath);
        var llm = !offline && config is not null || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PLCFLEET_MODEL"))
            ? Connect(config)
            : (null, ["no LLM configured: put a provider section in plcfleet.config.yaml beside fleet.yaml, or pass --config"]);
        var judge = llm.Connection is { } judgeConnection ? new LlmChangeJudge(judgeConnection.Client) : null;

        return migration.Agent.Kind switch
        {
            AgentKind.Llm when llm.Connection is { } connection => new AgentChoice(new LlmSiteAgent(connection), judge, []),
            AgentKind.Llm => new AgentChoice(null, null, llm.Problems),
            _ => Rewrite(migration, judge),
        };
    }

    private static AgentChoice Rewrite(Fleet.Migrations.Migration migration, IChangeJudge? judge) =>
        migration.Rewrite.Count == 0
            ? new AgentChoice(null, null, [$"{migration.FilePath}: agent.kind is rewrite but the migration has no rewrite rules"])
            : new AgentChoice(new RewriteSiteAgent(), judge, []);

    private static (ProviderConnection? Connection, IReadOnlyList<string> Problems) Connect(string? config)
    {
        var settings = ProviderSettingsLoader.Load(config);
        if (!settings.Succeeded)
        {
            return (null, settings.Errors);
        }

        try
        {
            return (ChatClientFactory.Create(settings.Settings!), []);
        }
        catch (LlmProviderException e)
        {
            return (null, [e.Message]);
        }
    }

    private static string? FindConfig(string fleetPath)
    {
        string[] candidates =
        [
            Path.Combine(Path.GetDirectoryName(Path.GetFullPath(fleetPath))!, ProviderSettingsLoader.FileName),
            Path.GetFullPath(ProviderSettingsLoader.FileName),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }
}
