using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Users;

namespace PlcFleet.Fleet.Tests.Review;

public sealed class UserAuthenticatorTests : IDisposable
{
    private readonly ReviewFleet _fleet = new();

    private UserAuthenticator Authenticator => new(_fleet.Store);

    [Fact]
    public async Task The_right_password_signs_the_user_in_without_an_audit_record()
    {
        await _fleet.AddUsersAsync();

        var signIn = await Authenticator.SignInAsync("marta", "pw", "cr approve CR-1");

        Assert.True(signIn.Succeeded);
        Assert.Equal(UserRole.SafetyEngineer, signIn.User!.Role);
        Assert.Empty(await _fleet.Store.Audit.ReadAllAsync());
    }

    [Theory]
    [InlineData("marta", "Pw", "wrong password")]
    [InlineData("marta", "", "empty password")]
    [InlineData("mallory", "pw", "unknown user")]
    [InlineData("  ", "pw", "unknown user")]
    public async Task A_failed_sign_in_is_refused_and_audited_without_the_password(string name, string password, string reason)
    {
        await _fleet.AddUsersAsync();

        var signIn = await Authenticator.SignInAsync(name, password, "rollout deploy CR-4");

        Assert.False(signIn.Succeeded);
        Assert.Contains("unknown user or wrong password", signIn.Refusal);
        var record = Assert.Single(await _fleet.Store.Audit.ReadAllAsync());
        var actor = reason == "unknown user" ? UnknownUserName.For(_fleet.Store.Audit, name.Trim()) : name;
        Assert.Equal((AuditActions.SignInFailed, actor, $"user-{actor}"), (record.Action, record.Actor, record.Subject));
        Assert.Equal($$"""{"purpose":"rollout deploy CR-4","reason":"{{reason}}"}""", record.DetailsJson);
    }

    [Fact]
    public async Task A_password_typed_as_the_user_name_reaches_the_trail_only_as_a_keyed_hash_that_is_the_same_in_every_process()
    {
        await _fleet.AddUsersAsync();

        await Authenticator.SignInAsync("Guard-Door-42!", "", "cr approve CR-1");
        var reopened = PlcFleet.Fleet.Store.SqliteFleetStore.Open(_fleet.Store.Path);
        await new UserAuthenticator(reopened).SignInAsync("Guard-Door-42!", "", "cr approve CR-1");

        var records = await _fleet.Store.Audit.ReadAllAsync();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.DoesNotContain("Guard-Door", r.Actor + r.Subject + r.DetailsJson, StringComparison.Ordinal));
        Assert.Matches("^unknown-[0-9a-f]{16}$", records[0].Actor);
        // The same typed text gives the same hash in another process (the key is the audit key), so repeats show.
        Assert.Equal(records[0].Actor, records[1].Actor);
        Assert.NotEqual(records[0].Actor, UnknownUserName.For(_fleet.Store.Audit, "Guard-Door-43!"));
    }

    [Fact]
    public async Task The_refusal_is_the_same_for_an_unknown_name_and_a_wrong_password()
    {
        await _fleet.AddUsersAsync();

        var unknown = await Authenticator.SignInAsync("mallory", "pw", "x");
        var wrong = await Authenticator.SignInAsync("marta", "nope", "x");

        // A guesser learns nothing about which names exist.
        Assert.Equal(unknown.Refusal!.Replace("mallory", "NAME", StringComparison.Ordinal), wrong.Refusal!.Replace("marta", "NAME", StringComparison.Ordinal));
    }

    public void Dispose() => _fleet.Dispose();
}
