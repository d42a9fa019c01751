namespace PlcFleet.Fleet.Store.Records;

/// <summary>A wave about to be released: its place in the fleet order, its sites, and why the wave before it lets it go.</summary>
public sealed record NewWaveStart(string MigrationId, string Wave, int Order, IReadOnlyList<string> Sites, string StartedBy, string Gate);
