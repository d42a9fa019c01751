using PlcFleet.Simulation.Compilation;

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

    private SiteSimulation(IReadOnlyList<CompiledStProgram> programs, IReadOnlySet<string> globals, string? problem)
    {
        _programs = programs;
        _globals = globals;
        Problem = problem;
    }

    /// <summary>Why the site cannot be simulated (first compile error), or null.</summary>
    public string? Problem { get; }

    /// <summary>The scan cycle of the first program's task (10 ms without a task configuration).</summary>
    public TimeSpan CycleTime => _programs.Count > 0 ? _programs[0].CycleTime : StProgramCompiler.DefaultCycleTime;

    public static SiteSimulation Compile(SiteAnalysis site)
    {
        var globals = site.Model.Globals.Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var programs = new List<CompiledStProgram>();
        var order = site.Model.ScanOrder();
        if (order.Count == 0)
        {
            return new SiteSimulation([], globals, "the site has no PROGRAM to run");
        }

        foreach (var program in order)
        {
            var compiled = StProgramCompiler.Compile(site.Model.Project.Compilation, program.Name);
            if (compiled.Program is null)
            {
                return new SiteSimulation([], globals, $"{program.Name}: {(compiled.Errors.Count > 0 ? compiled.Errors[0] : "does not compile")}");
            }

            programs.Add(compiled.Program);
        }

        return new SiteSimulation(programs, globals, null);
    }

    /// <summary>A fresh scan of the site, every variable at its initial value.</summary>
    public SiteScan Start() => Problem is null
        ? new SiteScan(_programs, _globals)
        : throw new InvalidOperationException("the site could not be compiled for simulation: " + Problem);
}
