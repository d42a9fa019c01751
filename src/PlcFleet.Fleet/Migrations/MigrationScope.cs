namespace PlcFleet.Fleet.Migrations;

/// <summary>The files a migration may change (include globs) minus those it must never touch (exclude globs).</summary>
public sealed record MigrationScope(IReadOnlyList<string> Include, IReadOnlyList<string> Exclude)
{
    public static MigrationScope Empty { get; } = new([], []);

    public bool IsEmpty => Include.Count == 0;
}
