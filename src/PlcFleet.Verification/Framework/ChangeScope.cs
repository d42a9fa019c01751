namespace PlcFleet.Verification.Framework;

/// <summary>
/// What a migration may touch. Globs are workspace-relative (<c>**</c>, <c>*</c>); an empty include list means
/// everything. Read-only files (scenario tests, <c>plcfleet.yaml</c>, safety configuration) are never the agent's to edit.
/// </summary>
public sealed record ChangeScope
{
    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public IReadOnlyList<string> ReadOnly { get; init; } = DefaultReadOnly;

    public IReadOnlyList<CertifiedFile> CertifiedFiles { get; init; } = [];

    /// <summary>Outputs the migration declares as intentionally changed (<c>allowed_output_changes</c>): the safety verifier's differential check does not compare them.</summary>
    public IReadOnlyList<string> AllowedOutputChanges { get; init; } = [];

    /// <summary>Ceiling on the number of files changed; null means no ceiling.</summary>
    public int? MaxChangedFiles { get; init; }

    /// <summary>Ceiling on added plus removed lines over all files; null means no ceiling.</summary>
    public int? MaxChangedLines { get; init; }

    public static IReadOnlyList<string> DefaultReadOnly { get; } =
        ["**/*.scenario.yaml", "**/*.scenario.yml", "plcfleet.yaml", "**/plcfleet.yaml", "**/safety/**", "**/*.safety.yaml"];

    public static ChangeScope Everything { get; } = new();
}
