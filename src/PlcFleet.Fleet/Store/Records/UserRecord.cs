namespace PlcFleet.Fleet.Store.Records;

/// <summary>A person who reviews or deploys; the password is stored only as a salted hash.</summary>
public sealed record UserRecord(string Name, UserRole Role, string PasswordHash, DateTimeOffset CreatedUtc);
