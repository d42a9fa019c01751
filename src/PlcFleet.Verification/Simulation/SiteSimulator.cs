using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Workspaces;
using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs.Signals;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Verification.Simulation;

/// <summary>
/// A site folder as the simulator sees it: its PLC project loaded once, each PROGRAM compiled on first use, and its
/// scenario files (<c>*.scenario.yaml</c>) parsed. The one entry point shared by <c>plcfleet test</c>/<c>equiv</c>,
/// the MCP <c>simulate</c>/<c>equiv</c> tools and the simulation and equivalence verifiers, so all of them run a site alike.
/// </summary>
public sealed class SiteSimulator
{
    private readonly Dictionary<string, StProgramCompilation> _compiled = new(StringComparer.OrdinalIgnoreCase);

    private SiteSimulator(string root, PlcProject project, IReadOnlyList<ScenarioFile> scenarioFiles)
    {
        Root = root;
        Project = project;
        ScenarioFiles = scenarioFiles;
    }

    public string Root { get; }

    public PlcProject Project { get; }

    /// <summary>Every scenario file, parsed, in path order; paths are relative to <see cref="Root"/> with forward slashes.</summary>
    public IReadOnlyList<ScenarioFile> ScenarioFiles { get; }

    /// <summary>The scenarios of every file that parsed without errors.</summary>
    public IEnumerable<Scenario> Scenarios => ScenarioFiles.Where(f => !f.HasErrors).SelectMany(f => f.Scenarios);

    /// <summary>The PROGRAMs (and Siemens OBs) the project declares.</summary>
    public IReadOnlyList<string> Programs => Project.Compilation.Global.Programs.Select(p => p.Name).ToList();

    /// <summary>
    /// True when the code has compile errors: the compile verifier stops such a change and says why, so the simulation
    /// verifiers step aside instead of repeating every error once per scenario and program.
    /// </summary>
    public bool HasCompileErrors => Project.HasErrors;

    /// <summary>
    /// The site at <paramref name="folder"/>, or, when the folder holds no PLC code of its own but site folders (each with
    /// its plcfleet.yaml, like a fleet's <c>sites/</c>), each of those. Scenario files are named relative to
    /// <paramref name="folder"/>, so a report over several sites says which site a scenario belongs to.
    /// </summary>
    public static IReadOnlyList<SiteSimulator> OpenAll(string folder, out string? error)
    {
        if (!Directory.Exists(folder))
        {
            error = $"'{folder}' is not a folder";
            return [];
        }

        // One load of every project under the folder: the folder's own (first) when it holds PLC code, else its sites.
        var projects = PlcProjectLoader.LoadAll(folder).Where(p => p.Files.Count > 0).ToList();
        var root = Path.GetFullPath(folder);
        error = projects.Count == 0 ? NoPlcCode(folder) : null;
        return projects.FirstOrDefault(p => p.Root == root) is { } own
            ? [FromProject(own, displayBase: null)]
            : projects.Select(p => FromProject(p, displayBase: folder)).ToList();
    }

    /// <summary>Null with the reason when the folder does not exist or holds no PLC code.</summary>
    public static SiteSimulator? Open(string folder, out string? error)
    {
        if (!Directory.Exists(folder))
        {
            error = $"'{folder}' is not a folder";
            return null;
        }

        return Over(PlcProjectLoader.Load(folder), out error);
    }

    /// <summary>The simulator's view of a project already loaded (see <see cref="LoadedSite"/>); null with the reason when it holds no PLC code.</summary>
    public static SiteSimulator? Over(PlcProject project, out string? error)
    {
        error = project.Files.Count == 0 ? NoPlcCode(project.Root) : null;
        return error is null ? FromProject(project, displayBase: null) : null;
    }

    private static string NoPlcCode(string folder) => $"no .st or .scl files under '{folder}'";

    /// <param name="displayBase">Scenario files are named relative to this folder (null: the site folder).</param>
    private static SiteSimulator FromProject(PlcProject project, string? displayBase)
    {
        var root = project.Root;
        var workspace = new WorkspaceRoot(root);
        var scenarios = workspace.ListFiles()
            .Where(relative => relative.EndsWith(".scenario.yaml", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".scenario.yml", StringComparison.OrdinalIgnoreCase))
            .Where(relative => !IsSkipped(relative))
            .Select(relative => (Relative: relative, Shown: displayBase is null ? relative : Path.GetRelativePath(displayBase, Path.Combine(root, relative)).Replace('\\', '/')))
            .OrderBy(f => f.Shown, StringComparer.Ordinal)
            .Select(f => ReadScenarios(workspace, f.Relative, f.Shown))
            .ToList();
        return new SiteSimulator(root, project, scenarios);
    }

    /// <summary>
    /// The PROGRAM compiled for the simulator, cached. The simulator's own limits (a construct it does not support) come
    /// back as errors, never as an exception: a program that cannot be simulated is a finding, not a crash.
    /// </summary>
    public StProgramCompilation Compile(string program)
    {
        if (!_compiled.TryGetValue(program, out var compilation))
        {
            compilation = StProgramCompiler.Compile(Project.Compilation, program);
            _compiled.Add(program, compilation);
        }

        return compilation;
    }

    /// <summary>The programs the scenarios exercise, else every PROGRAM of the project.</summary>
    public IReadOnlyList<string> ProgramsUnderTest()
    {
        var named = Scenarios.Select(s => s.Program).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return named.Count > 0 ? named : Programs;
    }

    /// <summary>Runs one scenario on a fresh instance of its PROGRAM; a program that cannot be simulated is a setup failure.</summary>
    public ScenarioResult Run(Scenario scenario, Func<Scenario, ScenarioRunOptions, ScenarioRunOptions>? configure = null)
    {
        var compilation = Compile(scenario.Program);
        if (compilation.Program is null)
        {
            var where = scenario.Locate(scenario.ProgramSpan);
            var reasons = compilation.Errors.Count > 0 ? compilation.Errors : ["the simulator could not compile it"];
            var failures = reasons
                .Select(e => new ScenarioFailure(ScenarioFailureKind.Setup, where, $"could not simulate {scenario.Program}: {e}"))
                .ToList();
            return new ScenarioResult(scenario.Name, scenario.Source.Path, scenario.Program, failures, 0, TimeSpan.Zero, TimeSpan.Zero);
        }

        var options = new ScenarioRunOptions
        {
            TaskCycleTime = compilation.Program.CycleTime,
            Signals = SignalDirectory.From(Project.Compilation, scenario.Program),
        };
        return ScenarioRunner.Run(scenario, compilation.Program.CreateInstance(), configure is null ? options : configure(scenario, options));
    }

    /// <summary>The site's scenarios of one PROGRAM as input traces for a before/after comparison, replayed on <paramref name="program"/>.</summary>
    public IReadOnlyList<NamedTrace> ScenarioTraces(string programName, CompiledStProgram program)
    {
        var probe = program.CreateInstance();
        var diagnostics = new List<Diagnostic>();
        var signals = SignalDirectory.From(Project.Compilation, programName);
        return Scenarios
            .Where(s => string.Equals(s.Program, programName, StringComparison.OrdinalIgnoreCase))
            .Select(s => ScenarioTrace.FromScenario(s, probe, diagnostics, program.CycleTime, signals))
            .OfType<NamedTrace>()
            .ToList();
    }

    /// <summary>
    /// How to compare a PROGRAM of this site (as it was before a change) with its changed version: the site's scenarios
    /// first, random holds about as long as its timers, values at and around the literals of its code, and the
    /// signals plcfleet.yaml adds to or removes from the observables.
    /// </summary>
    public EquivalenceOptions EquivalenceOptionsFor(string programName, CompiledStProgram program) => new()
    {
        TimerPresets = TimerPresets(),
        ProbeValues = PlcFleet.Simulation.Equivalence.ProbeValues.Find(Project.Compilation),
        WarmRestarts = true,
        AnalogRanges = true,
        CycleTime = program.CycleTime,
        Traces = ScenarioTraces(programName, program),
        CompareInternals = Project.Settings.EquivalenceObserve,
        AllowedToChange = Project.Settings.EquivalenceIgnore,
    };

    /// <summary>The timer presets of the project, so random input holds last about as long as its timers.</summary>
    public IReadOnlyList<TimeSpan> TimerPresets() => PlcFleet.Simulation.Equivalence.TimerPresets.Find(Project.Compilation);

    /// <summary>Where a PROGRAM is declared: workspace-relative file, 1-based line and column (empty and 0 when unknown).</summary>
    public (string File, int Line, int Column) Locate(string programName)
    {
        var declaration = Project.Compilation.Global.Programs
            .FirstOrDefault(p => string.Equals(p.Name, programName, StringComparison.OrdinalIgnoreCase))?.Declaration;
        var file = declaration?.SyntaxTree is { } tree ? Project.Files.FirstOrDefault(f => ReferenceEquals(f.Syntax, tree)) : null;
        if (declaration is null || file is null)
        {
            return ("", 0, 0);
        }

        var position = declaration.GetLinePosition();
        return (file.RelativePath.Replace('\\', '/'), position.Line, position.Column);
    }

    // Build output and tool folders can hold copies of the tests; they are not the site's.
    /// <summary>A scenario file that cannot be read inside the site (a link out, a device) is a diagnostic, not an exception.</summary>
    private static ScenarioFile ReadScenarios(WorkspaceRoot workspace, string relative, string shown)
    {
        var read = workspace.ReadText(relative);
        if (read.IsRead)
        {
            return ScenarioParser.Parse(read.Text!, shown);
        }

        var source = new SourceText("", shown);
        return new ScenarioFile(source, [], [ScenarioDiagnostics.Error(ScenarioDiagnostics.InvalidYaml, source, new TextSpan(0, 0), "cannot read the file: " + read.Error)]);
    }

    private static bool IsSkipped(string relative) =>
        relative.Split('/').SkipLast(1).Any(part => part is ".git" or ".plcfleet" or "bin" or "obj");
}
