namespace PlcFleet.Fleet.Store.Records;

/// <summary>Failed sign-ins under one counter (a user or a client address) since <see cref="Since"/>, and until when it is locked.</summary>
public sealed record SignInFailureCount(string Key, DateTimeOffset Since, int Failures, DateTimeOffset? LockedUntil);
