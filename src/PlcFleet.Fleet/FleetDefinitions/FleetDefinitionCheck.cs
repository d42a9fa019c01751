using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.FleetDefinitions;

/// <summary>The fleet a rollout may act on (parsed from the recorded, approved definition), or why not.</summary>
public sealed record FleetDefinitionCheck(Inventory.Fleet? Fleet, FleetDefinitionRecord? Definition, string? Refusal)
{
    public bool Succeeded => Refusal is null;
}
