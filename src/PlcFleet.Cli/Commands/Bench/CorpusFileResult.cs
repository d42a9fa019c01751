using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Cli.Commands.Bench;

/// <summary>What one corpus file gave: its first syntax error (null when it parses), whether it checks without any error, or the crash.</summary>
public sealed record CorpusFileResult(string Path, Dialect Dialect, int Lines, long Bytes, string? FirstSyntaxError, string? FirstError, string? Crash)
{
    public bool ParsesCleanly => Crash is null && FirstSyntaxError is null;

    public bool ChecksCleanly => Crash is null && FirstSyntaxError is null && FirstError is null;
}
