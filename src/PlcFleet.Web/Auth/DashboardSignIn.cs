using System.Security.Cryptography;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Users;

namespace PlcFleet.Web.Auth;

/// <summary>
/// Checks a dashboard sign-in: throttled per name and address, the same password work for unknown names as for
/// known ones (a dummy hash), and every refusal audited. An unknown name is recorded only as a keyed hash, because
/// people type their password into the user-name field and the trail keeps everything forever.
/// </summary>
public sealed class DashboardSignIn(IFleetStore store, SignInThrottle throttle, Func<string, string, bool>? verify = null)
{
    public const string Purpose = "dashboard sign-in";

    /// <summary>A hash with the default work factor, checked when the name is unknown so both cases cost the same.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher().Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))));

    private readonly Func<string, string, bool> verify = verify ?? PasswordHasher.Verify;

    public async Task<DashboardSignInResult> SignInAsync(string userName, string password, string address, CancellationToken cancellationToken = default)
    {
        var name = userName.Trim();
        if (await throttle.LockedForAsync(name, address, cancellationToken).ConfigureAwait(false) is { } left)
        {
            var known = await KnownAsync(name, cancellationToken).ConfigureAwait(false);
            var entry = Entry(known, name, "locked out", address, lockedNow: false);
            await store.Audit.AppendAsync(entry.Actor, entry.Action, entry.Subject, entry.Details, cancellationToken).ConfigureAwait(false);
            return DashboardSignInResult.Refused($"Too many failed sign-ins. Try again in {Math.Ceiling(left.TotalMinutes)} minute(s).", locked: true);
        }

        var user = await KnownAsync(name, cancellationToken).ConfigureAwait(false);
        var matches = verify(password, user?.PasswordHash ?? DummyHash.Value);
        if (user is not null && password.Length > 0 && matches)
        {
            await throttle.RecordSuccessAsync(name, cancellationToken).ConfigureAwait(false);
            return new DashboardSignInResult(user, null);
        }

        var reason = user is null ? "unknown user" : password.Length == 0 ? "empty password" : "wrong password";
        var locked = await throttle.RecordFailureAsync(name, address, lockedNow => Entry(user, name, reason, address, lockedNow), cancellationToken).ConfigureAwait(false);
        return DashboardSignInResult.Refused(
            locked
                ? "Unknown user or wrong password. Too many failed sign-ins: sign-in is locked for a while."
                : "Unknown user or wrong password.",
            locked);
    }

    private async Task<UserRecord?> KnownAsync(string name, CancellationToken cancellationToken) =>
        UserNames.IsValid(name) ? await store.FindUserAsync(name, cancellationToken).ConfigureAwait(false) : null;

    private AuditEntry Entry(UserRecord? user, string name, string reason, string address, bool lockedNow)
    {
        var actor = user?.Name ?? UnknownUserName.For(store.Audit, name);
        return new AuditEntry(actor, AuditActions.SignInFailed, $"user-{actor}", new { purpose = Purpose, reason, address, locked_out = lockedNow });
    }
}

/// <summary>The signed-in user, or the message the sign-in page shows and whether the name or address is locked now.</summary>
public sealed record DashboardSignInResult(UserRecord? User, string? Message, bool Locked = false)
{
    public static DashboardSignInResult Refused(string message, bool locked = false) => new(null, message, locked);
}
