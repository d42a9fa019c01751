using System.Text.Json;

namespace PlcFleet.Fleet.Review;

/// <summary>
/// How many distinct people must approve a change request. Chosen per run (the run's options JSON key
/// <c>requiredApprovals</c>, set by <c>migration run --required-approvals 2</c>), because the two-person rule is a
/// decision about a campaign, and the run record keeps it next to the prompt version it applied to. Default 1.
/// </summary>
public sealed record ReviewPolicy(int RequiredApprovals)
{
    public static ReviewPolicy Default { get; } = new(1);

    public static ReviewPolicy FromRunOptions(string? optionsJson)
    {
        if (string.IsNullOrWhiteSpace(optionsJson))
        {
            return Default;
        }

        try
        {
            using var document = JsonDocument.Parse(optionsJson);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Name is "requiredApprovals" or "required_approvals" && property.Value.TryGetInt32(out var count))
                    {
                        // Fewer than one approval is never allowed, whatever the options say.
                        return new ReviewPolicy(Math.Max(1, count));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Unreadable options fall back to the default, which is never weaker than one approval.
        }

        return Default;
    }

    /// <summary>The person who started the run, when the run's options record it (<c>actor</c> or <c>startedBy</c>).</summary>
    public static string? ActorFromRunOptions(string? optionsJson)
    {
        if (string.IsNullOrWhiteSpace(optionsJson))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(optionsJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name is "actor" or "startedBy" or "started_by" && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
