namespace PlcFleet.Fleet.Inventory;

/// <summary>One step of a staged rollout (pilot first); <see cref="Order"/> is its position in <c>waves</c>.</summary>
public sealed record RolloutWave(string Name, int Order, WaveGate Gate);
