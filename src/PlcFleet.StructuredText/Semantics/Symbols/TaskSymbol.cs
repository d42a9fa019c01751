using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>A TASK of a CONFIGURATION/RESOURCE: its cycle interval, priority and the program instances it scans.</summary>
public sealed class TaskSymbol : Symbol
{
    internal TaskSymbol(string name, TaskConfigurationSyntax declaration, string? configuration, string? resource)
        : base(name, declaration)
    {
        Configuration = configuration;
        Resource = resource;
    }

    public string? Configuration { get; }

    public string? Resource { get; }

    /// <summary>INTERVAL; null for an event task.</summary>
    public TimeSpan? Interval { get; internal set; }

    public int? Priority { get; internal set; }

    public IReadOnlyList<ProgramInstanceSymbol> Programs { get; internal set; } = [];
}
