namespace PlcFleet.Verification.Safety.Configuration;

/// <summary>A certified file (path + SHA-256) or POU (by name): any change voids its certificate.</summary>
public sealed record CertifiedUnit(string? Path, string? Sha256, string? Pou, string Origin);
