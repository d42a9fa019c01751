namespace PlcFleet.Cli;

/// <summary>Exit codes shared by every command, so scripts and CI can rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found errors (diagnostics, failed tests, failed verification).</summary>
    public const int Findings = 1;

    /// <summary>Bad usage or unreadable input: nothing was checked.</summary>
    public const int UsageError = 2;
}
