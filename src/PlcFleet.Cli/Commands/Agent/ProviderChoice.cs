using PlcFleet.Agents.Providers;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>What the user said about the LLM provider on the command line.</summary>
public sealed record ProviderChoice(string? Provider, string? Model, string? BaseUrl, string? ApiKeyEnv, string? ConfigPath)
{
    public string EffectiveConfigPath => ConfigPath ?? Path.Combine(Environment.CurrentDirectory, ProviderSettingsLoader.FileName);

    /// <summary>True when any flag, PLCFLEET_* variable or config file names a provider: then an LLM agent is wanted.</summary>
    public bool IsGiven(Func<string, string?> environment) =>
        Provider is not null || Model is not null || BaseUrl is not null || ConfigPath is not null
        || !string.IsNullOrWhiteSpace(environment("PLCFLEET_PROVIDER"))
        || !string.IsNullOrWhiteSpace(environment("PLCFLEET_MODEL"))
        || File.Exists(EffectiveConfigPath);

    /// <summary>Settings from file, environment and flags, or the errors that stop the run.</summary>
    public ProviderSettingsResult Load(Func<string, string?> environment)
    {
        ProviderKind? kind = null;
        if (Provider is not null)
        {
            if (!ProviderSettingsLoader.TryParseKind(Provider, out var parsed))
            {
                return new ProviderSettingsResult(null, [$"--provider: unknown provider '{Provider}' (use openai or anthropic)"]);
            }

            kind = parsed;
        }

        return ProviderSettingsLoader.Load(EffectiveConfigPath, new ProviderOverrides(kind, Model, BaseUrl, ApiKeyEnv), environment);
    }
}
