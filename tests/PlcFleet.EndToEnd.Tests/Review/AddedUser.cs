using PlcFleet.TestSupport.Cli;

namespace PlcFleet.EndToEnd.Tests.Review;

/// <summary>Reads what <c>plcfleet user add</c> printed.</summary>
public static class AddedUser
{
    private const string Prefix = "password (shown once): ";

    /// <summary>The generated password plcfleet prints once; fails the test when the user was not added.</summary>
    public static string Password(this CliResult added)
    {
        Assert.True(added.ExitCode == 0, added.ToString());
        var line = added.StdOut.Split('\n').Single(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line[Prefix.Length..].Trim();
    }
}
