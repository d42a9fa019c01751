namespace PlcFleet.Simulation.Programs.Signals;

/// <summary>The outcome of resolving a signal name a user wrote: the signal, or a message naming the closest one.</summary>
public sealed record SignalLookup(SignalInfo? Signal, string? Error)
{
    public bool Found => Signal is not null;

    public static SignalLookup Of(SignalInfo signal) => new(signal, null);

    public static SignalLookup Missing(string error) => new(null, error);
}
