using PlcFleet.Fleet.Users;

namespace PlcFleet.Fleet.Tests.Store;

public sealed class PasswordHasherTests
{
    // A low work factor keeps the tests fast; production uses PasswordHasher.DefaultIterations.
    private readonly PasswordHasher _hasher = new(iterations: 1_000);

    [Fact]
    public void Hash_verifies_only_the_right_password()
    {
        var stored = _hasher.Hash("Guard-Door-2026");

        Assert.True(PasswordHasher.Verify("Guard-Door-2026", stored));
        Assert.False(PasswordHasher.Verify("guard-door-2026", stored));
        Assert.StartsWith("pbkdf2-sha256$1000$", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_password_gets_a_different_salt_each_time() =>
        Assert.NotEqual(_hasher.Hash("EStop!"), _hasher.Hash("EStop!"));

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void Malformed_stored_hash_never_matches(string stored) => Assert.False(PasswordHasher.Verify("plain-text-password", stored));
}
