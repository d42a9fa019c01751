using PlcFleet.Fleet.Store;

namespace PlcFleet.Cli;

/// <summary>
/// Recognises the failures of the machine rather than of plcfleet: a store or work folder that cannot be written (a
/// read-only or full disk, a path through a plain file), whose messages name the file. Anything else is a bug and
/// keeps its stack trace.
/// </summary>
public static class DiskProblem
{
    public static string? Describe(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        FleetStoreException store => store.Message,
        UnauthorizedAccessException denied => $"{denied.Message} (is the disk or folder read-only?)",
        IOException io => io.HResult == DiskFullHResult || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            ? $"the disk is full: {io.Message}"
            : io.Message,
        _ => null,
    };

    // ENOSPC surfaces as this HResult on Linux; ERROR_DISK_FULL on Windows.
    private const int DiskFullHResult = 28;
}
