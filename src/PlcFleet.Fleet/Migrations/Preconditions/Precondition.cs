using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>
/// A condition a site must meet before an agent may touch it. Preconditions are evaluated by the orchestrator,
/// never by the agent; <see cref="Position"/> points at the front matter line that states it.
/// </summary>
public abstract record Precondition(LinePosition Position)
{
    /// <summary>The YAML key, e.g. <c>firmware</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>How a plan explains the condition, e.g. <c>firmware &gt;= 3.5</c>.</summary>
    public abstract string Describe();
}
