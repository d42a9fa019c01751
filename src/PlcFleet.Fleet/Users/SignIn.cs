using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Users;

/// <summary>The outcome of checking a person's password: the signed-in user, or why not (never the password).</summary>
public sealed record SignIn(UserRecord? User, string? Refusal)
{
    public bool Succeeded => User is not null;

    public static SignIn Refused(string reason) => new(null, reason);
}
