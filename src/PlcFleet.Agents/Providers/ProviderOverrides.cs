namespace PlcFleet.Agents.Providers;

/// <summary>Values given explicitly (command line); they win over environment variables and the config file.</summary>
public sealed record ProviderOverrides(ProviderKind? Kind = null, string? Model = null, string? BaseUrl = null, string? ApiKeyEnv = null);
