namespace PlcFleet.Fleet.Runs;

/// <summary>How one <c>plcfleet migration run</c> behaves. Stored with the run so a resumed run behaves the same.</summary>
public sealed record MigrationRunOptions
{
    /// <summary>The folder for the store, workspaces and transcripts.</summary>
    public required string WorkFolder { get; init; }

    /// <summary>Only these sites (null: every targeted site); chosen sites run again even when finished.</summary>
    public IReadOnlyList<string>? Sites { get; init; }

    public int Parallel { get; init; } = 2;

    /// <summary>Failed and error sites run again.</summary>
    public bool RetryFailed { get; init; }

    /// <summary>Open change requests (all migrations) at which further sites wait for review capacity.</summary>
    public int MaxOpenReviews { get; init; } = 20;

    /// <summary>Continue this run instead of the latest run of the same migration version.</summary>
    public string? RunId { get; init; }

    /// <summary>The migration and fleet files, kept with the run so <c>migration resume RUN</c> finds them again.</summary>
    public string? MigrationFile { get; init; }

    public string? FleetFile { get; init; }

    /// <summary>Who started the run, for the audit trail.</summary>
    public string Actor { get; init; } = Environment.UserName;
}
