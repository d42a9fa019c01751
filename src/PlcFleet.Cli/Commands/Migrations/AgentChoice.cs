using PlcFleet.Agents.Providers;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Sessions;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>
/// Finds the LLM settings of a fleet run (<c>plcfleet.config.yaml</c> beside fleet.yaml or in the current folder,
/// <c>--config</c>, or <c>PLCFLEET_MODEL</c>) and leaves the choice of agent and judge to <see cref="AgentPolicy"/>.
/// </summary>
public static class AgentChoice
{
    /// <param name="requested">The agent <c>--agent</c> asks for, or null for the migration's own.</param>
    /// <param name="offline">No LLM at all, whatever is configured (the demo promises no network).</param>
    public static AgentSelection For(Migration migration, string fleetPath, string? configPath, AgentKind? requested = null, bool offline = false)
    {
        var config = offline ? null : configPath ?? FindConfig(fleetPath);
        var configured = !offline && (config is not null || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PLCFLEET_MODEL")));
        return AgentPolicy.Choose(migration, requested, configured ? ProviderSettingsLoader.Load(config) : null);
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
