using Microsoft.Extensions.AI;

namespace PlcFleet.Agents.Providers;

/// <summary>Tokens used so far and what they cost at the configured prices.</summary>
public sealed record TokenUsage(long InputTokens, long OutputTokens, int Requests)
{
    public static TokenUsage Zero { get; } = new(0, 0, 0);

    public long TotalTokens => InputTokens + OutputTokens;

    public TokenUsage Add(UsageDetails? usage) =>
        new(InputTokens + (usage?.InputTokenCount ?? 0), OutputTokens + (usage?.OutputTokenCount ?? 0), Requests + 1);

    public decimal EstimatedCost(ProviderSettings settings) =>
        (InputTokens * settings.InputPricePerMillionTokens / 1_000_000m)
        + (OutputTokens * settings.OutputPricePerMillionTokens / 1_000_000m);
}
