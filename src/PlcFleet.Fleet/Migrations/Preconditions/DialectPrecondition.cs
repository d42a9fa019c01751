using PlcFleet.Fleet.Inventory;
using PlcFleet.StructuredText.Text;
using Dialect = PlcFleet.StructuredText.Syntax.Dialect;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>The site's ST dialect is one of these (the examples and rewrite rules are written for them).</summary>
public sealed record DialectPrecondition(LinePosition Position, IReadOnlyList<Dialect> Dialects) : Precondition(Position)
{
    public override string Kind => "dialect";

    public override string Describe() => $"dialect in [{string.Join(", ", Dialects.Select(d => d.ToString().ToLowerInvariant()))}]";
}
