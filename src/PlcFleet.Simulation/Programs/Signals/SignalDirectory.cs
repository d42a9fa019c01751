using PlcFleet.StructuredText.Syntax;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;

namespace PlcFleet.Simulation.Programs.Signals;

/// <summary>
/// What the project knows about signal names beyond an instance's flat signal list: the direct address of every
/// variable declared <c>AT %…</c>, the names of the global variable lists (so <c>GVL.Speed</c> finds <c>Speed</c>)
/// and the dialect in which scenario conditions are written.
/// </summary>
public sealed record SignalDirectory
{
    public static SignalDirectory Empty { get; } = new();

    /// <summary>Canonical address (see <see cref="DirectAddress.Normalize"/>) → the variable declared at it.</summary>
    public IReadOnlyDictionary<string, string> Addresses { get; init; } = new Dictionary<string, string>();

    /// <summary>Global variable list names: qualifiers that name no instance.</summary>
    public IReadOnlySet<string> GlobalLists { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Siemens sites write conditions in SCL (<c>"DB".Member</c>); the others in CODESYS ST.</summary>
    public Dialect Dialect { get; init; } = Dialect.Codesys;

    /// <summary>The addresses and global lists a PROGRAM of a bound compilation can see.</summary>
    public static SignalDirectory From(SemanticCompilation compilation, string programName)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        var program = compilation.Global.FindPou(programName);
        var variables = (program?.AllVariables() ?? []).Concat(compilation.Global.Variables);
        foreach (var variable in variables)
        {
            if (variable.Address is { } address && DirectAddress.Normalize(address) is { } canonical)
            {
                addresses.TryAdd(canonical, variable.Name);
            }
        }

        // TwinCAT names a global variable list after its file (GVL.st holds GVL.Speed), as the binder does.
        var lists = compilation.Trees.Select(t => Path.GetFileNameWithoutExtension(t.Source.Path))
            .Where(name => name.Length > 0 && compilation.Global.IsGlobalList(name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dialect = compilation.Trees.Any(t => t.Dialect == Dialect.Scl) ? Dialect.Scl : Dialect.Codesys;
        return new SignalDirectory { Addresses = addresses, GlobalLists = lists, Dialect = dialect };
    }
}
