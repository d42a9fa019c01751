using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;
using PlcFleet.StructuredText.Semantics.Symbols;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Compiles a PROGRAM of a bound <see cref="Compilation"/> (with the blocks, functions and globals it uses) into
/// delegates once; every <see cref="CompiledStProgram.CreateInstance"/> then runs scans without touching the tree.
/// </summary>
public static class StProgramCompiler
{
    public static readonly TimeSpan DefaultCycleTime = TimeSpan.FromMilliseconds(10);

    public static StProgramCompilation Compile(SemanticCompilation compilation, string programName, StProgramOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var program = compilation.Global.FindPou(programName);
        if (program is null || program.Kind is not (PouKind.Program or PouKind.OrganizationBlock))
        {
            var known = string.Join(", ", compilation.Global.Programs.Select(p => p.Name));
            return new StProgramCompilation(null, [$"no PROGRAM named '{programName}' (programs: {known})"]);
        }

        var errors = compilation.GetDiagnostics().Where(d => d.IsError).Select(d => d.ToString()).ToList();
        if (errors.Count > 0)
        {
            return new StProgramCompilation(null, errors);
        }

        try
        {
            var generator = new CodeGenerator(compilation);
            var body = generator.CodeOf(program);
            generator.CompleteMethodTables();
            if (generator.Errors.Count > 0)
            {
                return new StProgramCompilation(null, generator.Errors);
            }

            var cycle = compilation.Global.FindTaskOf(program)?.Interval ?? DefaultCycleTime;
            var compiled = new CompiledStProgram(program, generator, body, cycle, options ?? new StProgramOptions());
            return new StProgramCompilation(compiled, []);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // A construct the expression-tree builder rejects is a limit of the simulator: callers report "could not
            // simulate" (and the safety check escalates) instead of crashing.
            return new StProgramCompilation(null, [e.Message]);
        }
    }
}
