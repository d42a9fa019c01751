using PlcFleet.Simulation.Compilation;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// One version of a site compiled for the simulator: its programs in scan order, ready to start fresh scans as often
/// as the differential check replays a trace. When the simulator cannot compile a program, <see cref="Problem"/> says
/// why, and the differential check escalates instead of passing.
/// </summary>
public sealed class SiteSimulation
{
    private readonly IReadOnlyList<CompiledStProgram> _programs;
    private readonly IReadOnlySet<string> _globals;

    private readonly IReadOnlySet<string> _unnamed;

    private SiteSimulation(IReadOnlyList<CompiledStProgram> programs, IReadOnlySet<string> globals, IReadOnlySet<string> unnamed, string? problem)
    {
        _unnamed = unnamed;
        _programs = programs;
        _globals = globals;
        Problem = problem;
    }

    /// <summary>Why the site cannot be simulated (first compile error), or null.</summary>
    public string? Problem { get; }

    /// <summary>The scan cycle of the first program's task (10 ms without a task configuration).</summary>
    public TimeSpan CycleTime => _programs.Count > 0 ? _programs[0].CycleTime : StProgramCompiler.DefaultCycleTime;

    /// <param name="only">The programs to run (see <see cref="AffectedPrograms"/>), or null for all.</param>
    public static SiteSimulation Compile(SiteAnalysis site, IReadOnlySet<string>? only = null)
    {
        var programs = new List<CompiledStProgram>();
        var order = site.Model.ScanOrder().Where(p => only is null || only.Contains(p.Name)).ToList();
        var globals = site.Model.Globals.Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unnamed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (only is not null)
        {
            // Each compiled program carries every global of the site; share only those the running code names, so a
            // scan of one cell in a 200-cell site does not copy thousands of untouched globals back and forth.
            var named = order.Concat(site.Model.Pous.Where(p => p.Kind is not (PouKind.Program or PouKind.OrganizationBlock)))
                .SelectMany(p => p.Declaration.DescendantTokens()).Where(t => t.Kind == SyntaxKind.IdentifierToken).Select(t => t.Text);
            unnamed.UnionWith(globals);
            globals.IntersectWith(named);
            unnamed.ExceptWith(globals);
        }

        if (order.Count == 0 && only is null)
        {
            return new SiteSimulation([], globals, unnamed, "the site has no PROGRAM to run");
        }

        foreach (var program in order)
        {
            var compiled = StProgramCompiler.Compile(site.Model.Project.Compilation, program.Name);
            if (compiled.Program is null)
            {
                return new SiteSimulation([], globals, unnamed, $"{program.Name}: {(compiled.Errors.Count > 0 ? compiled.Errors[0] : "does not compile")}");
            }

            programs.Add(compiled.Program);
        }

        return new SiteSimulation(programs, globals, unnamed, null);
    }

    /// <summary>A fresh scan of the site, every variable at its initial value.</summary>
    public SiteScan Start() => Problem is null
        ? new SiteScan(_programs, _globals, _unnamed)
        : throw new InvalidOperationException("the site could not be compiled for simulation: " + Problem);
}
