namespace PlcFleet.Cli.Commands.Bench;

/// <summary>
/// One file as <c>plcfleet check</c> of its whole folder sees it (with the folder's declared libraries): whether any
/// error falls in it, and the first one.
/// </summary>
public sealed record ProjectCheckResult(string Path, bool IsVendorFile, bool ParsesCleanly, string? FirstError)
{
    public bool ChecksCleanly => FirstError is null;
}
