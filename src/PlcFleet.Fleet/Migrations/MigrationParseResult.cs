using PlcFleet.Fleet.Problems;

namespace PlcFleet.Fleet.Migrations;

/// <summary>The parsed migration, or null with every problem found in the file.</summary>
public sealed record MigrationParseResult(Migration? Migration, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Migration is not null && Problems.Count == 0;
}
