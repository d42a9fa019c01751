using System.Security.Cryptography;
using System.Text;
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

    /// <summary>Per-process key: hashes of unknown names can be matched within a run but not reversed by a dictionary.</summary>
    private static readonly byte[] NameKey = RandomNumberGenerator.GetBytes(32);

    private readonly Func<string, string, bool> verify = verify ?? PasswordHasher.Verify;

    public async Task<DashboardSignInResult> SignInAsync(string userName, string password, string address, CancellationToken cancellationToken = default)
    {
        var name = userName.Trim();
        if (throttle.LockedFor(name, address) is { } left)
        {
            await AuditAsync(await KnownAsync(name, cancellationToken).ConfigureAwait(false), name, "locked out", address, lockedNow: false, cancellationToken).ConfigureAwait(false);
            return DashboardSignInResult.Refused($"Too many failed sign-ins. Try again in {Math.Ceiling(left.TotalMinutes)} minute(s).");
        }

        var user = await KnownAsync(name, cancellationToken).ConfigureAwait(false);
        var matches = verify(password, user?.PasswordHash ?? DummyHash.Value);
        if (user is not null && password.Length > 0 && matches)
        {
            throttle.RecordSuccess(name);
            return new DashboardSignInResult(user, null);
        }

        var locked = throttle.RecordFailure(name, address);
        var reason = user is null ? "unknown user" : password.Length == 0 ? "empty password" : "wrong password";
        await AuditAsync(user, name, reason, address, locked, cancellationToken).ConfigureAwait(false);
        return DashboardSignInResult.Refused(locked
            ? "Unknown user or wrong password. Too many failed sign-ins: sign-in is locked for a while."
            : "Unknown user or wrong password.");
    }

    /// <summary>How an unknown name appears in the audit trail: <c>unknown-</c> and 16 hex digits of a keyed hash.</summary>
    public static string UnknownName(string name) =>
        "unknown-" + Convert.ToHexStringLower(HMACSHA256.HashData(NameKey, Encoding.UTF8.GetBytes(name)))[..16];

    private async Task<UserRecord?> KnownAsync(string name, CancellationToken cancellationToken) =>
        UserNames.IsValid(name) ? await store.FindUserAsync(name, cancellationToken).ConfigureAwait(false) : null;

    private Task AuditAsync(UserRecord? user, string name, string reason, string address, bool lockedNow, CancellationToken cancellationToken)
    {
        var actor = user?.Name ?? UnknownName(name);
        return store.Audit.AppendAsync(actor, AuditActions.SignInFailed, $"user-{actor}",
            new { purpose = Purpose, reason, address, locked_out = lockedNow }, cancellationToken);
    }
}

/// <summary>The signed-in user, or the message the sign-in page shows.</summary>
public sealed record DashboardSignInResult(UserRecord? User, string? Message)
{
    public static DashboardSignInResult Refused(string message) => new(null, message);
}
