using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;

namespace PlcFleet.Fleet.Users;

/// <summary>
/// Checks that whoever acts under a name (approving, rejecting, deploying, rolling back, adding users) knows that
/// user's password. Every refused attempt is audited with the user's name (a keyed hash for a name that is no user, see
/// <see cref="UnknownUserName"/>) and what it was for; the password itself
/// never reaches the trail, a log or an error message. Unknown names and wrong passwords get the same answer, so the
/// refusal does not tell a guesser which names exist.
/// </summary>
public sealed class UserAuthenticator(IFleetStore store)
{
    /// <param name="purpose">What the person was about to do, for the audit record (e.g. <c>cr approve CR-3</c>).</param>
    public async Task<SignIn> SignInAsync(string userName, string password, string purpose, CancellationToken cancellationToken = default)
    {
        var name = userName.Trim();
        var user = name.Length == 0 ? null : await store.FindUserAsync(name, cancellationToken).ConfigureAwait(false);
        if (user is not null && password.Length > 0 && PasswordHasher.Verify(password, user.PasswordHash))
        {
            return new SignIn(user, null);
        }

        var reason = user is null ? "unknown user" : password.Length == 0 ? "empty password" : "wrong password";
        // A name that is no user may be a password typed into the wrong field: the trail keeps only its keyed hash.
        var actor = user?.Name ?? UnknownUserName.For(store.Audit, name);
        await store.Audit.AppendAsync(actor, AuditActions.SignInFailed, $"user-{actor}", new { purpose, reason }, cancellationToken).ConfigureAwait(false);
        return SignIn.Refused($"'{name}' could not be signed in: unknown user or wrong password (the attempt is recorded in the audit trail)");
    }
}
