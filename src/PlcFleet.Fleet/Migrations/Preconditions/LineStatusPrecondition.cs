using PlcFleet.Fleet.Inventory;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>The production line is in one of these states.</summary>
public sealed record LineStatusPrecondition(LinePosition Position, IReadOnlyList<LineStatus> Statuses) : Precondition(Position)
{
    public override string Kind => "line_status";

    public override string Describe() => $"line_status in [{string.Join(", ", Statuses.Select(s => s.ToString().ToLowerInvariant()))}]";
}
