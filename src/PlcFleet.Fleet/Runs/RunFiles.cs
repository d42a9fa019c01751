using System.Text.Json;

namespace PlcFleet.Fleet.Runs;

/// <summary>What a run keeps of its command line (the run's options JSON): enough to resume it by id.</summary>
public sealed record RunFiles(string? MigrationFile, string? FleetFile, int Parallel, int MaxOpenReviews)
{
    public static RunFiles? TryParse(string optionsJson)
    {
        try
        {
            return JsonSerializer.Deserialize<RunFiles>(optionsJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
