namespace PlcFleet.Fleet.Problems;

/// <summary>
/// A mistake in a file the user wrote (fleet.yaml, a migration), with the position an editor can jump to.
/// Problems are data: loaders collect all of them instead of stopping at the first.
/// </summary>
public sealed record Problem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message}";
}
