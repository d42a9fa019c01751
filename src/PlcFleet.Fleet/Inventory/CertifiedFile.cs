namespace PlcFleet.Fleet.Inventory;

/// <summary>A safety-certified file (repository-relative, forward slashes) and the SHA-256 it was certified with.</summary>
public sealed record CertifiedFile(string Path, string Sha256);
