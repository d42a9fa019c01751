namespace PlcFleet.Verification.Framework;

/// <summary>A safety-certified file: any change to it voids the certificate, so its SHA-256 (hex) must stay.</summary>
public sealed record CertifiedFile(string Path, string Sha256);
