namespace PlcFleet.Agents.Providers;

/// <summary>Settings, or the reasons they could not be read (user errors are data, not exceptions).</summary>
public sealed record ProviderSettingsResult(ProviderSettings? Settings, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Settings is not null && Errors.Count == 0;
}
