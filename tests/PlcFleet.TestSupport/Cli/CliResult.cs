namespace PlcFleet.TestSupport.Cli;

/// <summary>What one <c>plcfleet</c> command left: its exit code and both output streams.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}
