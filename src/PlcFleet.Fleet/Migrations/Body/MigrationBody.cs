namespace PlcFleet.Fleet.Migrations.Body;

/// <summary>The Markdown body in the shape that makes prompts work: Context, Safety requirements, Examples, Task, Success criteria.</summary>
public sealed record MigrationBody(IReadOnlyList<MigrationSection> Sections, IReadOnlyList<MigrationExample> Examples, int FirstLine)
{
    public const string Context = "Context";
    public const string SafetyRequirements = "Safety requirements";
    public const string ExamplesHeading = "Examples";
    public const string Task = "Task";
    public const string SuccessCriteria = "Success criteria";

    public MigrationSection? Section(string heading) =>
        Sections.FirstOrDefault(s => string.Equals(s.Heading, heading, StringComparison.OrdinalIgnoreCase));
}
