using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>The controller firmware satisfies every comparison (e.g. <c>&gt;= 3.5, &lt; 4</c>).</summary>
public sealed record FirmwarePrecondition(LinePosition Position, IReadOnlyList<VersionConstraint> Constraints) : Precondition(Position)
{
    public override string Kind => "firmware";

    public override string Describe() => $"firmware {string.Join(", ", Constraints)}";
}
