using PlcFleet.TestSupport.Cli;

namespace PlcFleet.EndToEnd.Tests;

/// <summary>Runs the real <c>plcfleet</c> executable in a child process, as a user or a CI script would.</summary>
public static class CliRunner
{
    public static CliResult Run(string workingDirectory, params string[] args) => PlcFleetCli.Run(workingDirectory, null, null, args);

    /// <summary>Runs with extra environment variables (a null value removes one); stdin is empty and closed, as in CI.</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        PlcFleetCli.Run(workingDirectory, environment, null, args);
}
