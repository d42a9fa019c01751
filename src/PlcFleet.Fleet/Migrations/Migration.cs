using PlcFleet.Fleet.Migrations.Body;
using PlcFleet.Fleet.Migrations.Preconditions;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations;

/// <summary>
/// One migration prompt: the front matter the orchestrator acts on and the body the agent reads.
/// <see cref="ContentHash"/> is the SHA-256 of the exact file text, so every run records which prompt version it used.
/// </summary>
public sealed record Migration(
    string Id,
    string Title,
    int Version,
    bool SafetyRelated,
    MigrationScope Scope,
    DiffCeiling? Ceiling,
    IReadOnlyList<Precondition> Preconditions,
    IReadOnlyList<SuccessCriterion> SuccessCriteria,
    IReadOnlyList<string> AllowedOutputChanges,
    AgentSettings Agent,
    IReadOnlyList<RewriteRule> Rewrite,
    MigrationBody Body,
    string FilePath,
    string Text,
    string ContentHash)
{
    /// <summary>Where each front matter key starts in the file (for lint findings).</summary>
    public IReadOnlyDictionary<string, LinePosition> KeyPositions { get; init; } = new Dictionary<string, LinePosition>();

    /// <summary>The first line of the front matter (the opening <c>---</c>).</summary>
    public LinePosition FrontMatterPosition { get; init; } = new(1, 1);

    public LinePosition PositionOf(string key) => KeyPositions.TryGetValue(key, out var position) ? position : FrontMatterPosition;
}
