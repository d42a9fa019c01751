using PlcFleet.Fleet.Audit;

namespace PlcFleet.Fleet.Users;

/// <summary>
/// How a typed user name that matches no user appears in the audit trail and the sign-in counters: <c>unknown-</c>
/// and 16 hex digits of a keyed hash. People type their password into the user-name field, and the trail keeps
/// everything forever; the hash still lets an auditor see that the same unknown name was tried again and again.
/// Used by every sign-in (CLI <c>--as</c> and dashboard).
/// </summary>
public static class UnknownUserName
{
    private const string Purpose = "unknown user name";

    public static string For(AuditTrail trail, string typedName) => "unknown-" + trail.Pseudonym(Purpose, typedName)[..16];
}
