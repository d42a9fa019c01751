using PlcFleet.Fleet.Problems;

namespace PlcFleet.Fleet.Inventory;

/// <summary>The loaded fleet, or null with every problem found in the file.</summary>
public sealed record FleetLoadResult(Fleet? Fleet, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Fleet is not null && Problems.Count == 0;
}
