using PlcFleet.Fleet.Inventory;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>The site's PLC vendor is one of these.</summary>
public sealed record VendorPrecondition(LinePosition Position, IReadOnlyList<Vendor> Vendors) : Precondition(Position)
{
    public override string Kind => "vendor";

    public override string Describe() => $"vendor in [{string.Join(", ", Vendors.Select(v => v.ToString().ToLowerInvariant()))}]";
}
