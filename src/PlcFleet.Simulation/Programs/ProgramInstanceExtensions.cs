namespace PlcFleet.Simulation.Programs;

public static class ProgramInstanceExtensions
{
    /// <summary>Finds a signal by name the way ST resolves names: case-insensitively.</summary>
    public static SignalInfo? FindSignal(this IProgramInstance instance, string name) =>
        instance.Signals.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
