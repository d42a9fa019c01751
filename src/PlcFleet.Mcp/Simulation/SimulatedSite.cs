using PlcFleet.Formats.Projects;
using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Scenarios;

namespace PlcFleet.Mcp.Simulation;

/// <summary>
/// A site folder as the simulator sees it: its PLC project loaded once, each PROGRAM compiled on first use, and its
/// scenario files (<c>*.scenario.yaml</c>) parsed.
/// </summary>
public sealed class SimulatedSite
{
    private readonly Dictionary<string, StProgramCompilation> compiled = new(StringComparer.OrdinalIgnoreCase);

    private SimulatedSite(string root, PlcProject project)
    {
        Root = root;
        Project = project;
        ScenarioFiles = Directory.EnumerateFiles(root, "*.scenario.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.scenario.yml", SearchOption.AllDirectories))
            .Select(file => ScenarioParser.ParseFile(file, Path.GetRelativePath(root, file).Replace('\\', '/')))
            .OrderBy(file => file.Source.Path, StringComparer.Ordinal)
            .ToList();
    }

    public string Root { get; }

    public PlcProject Project { get; }

    public IReadOnlyList<ScenarioFile> ScenarioFiles { get; }

    /// <summary>The scenarios of every file that parsed without errors.</summary>
    public IEnumerable<Scenario> Scenarios => ScenarioFiles.Where(f => !f.HasErrors).SelectMany(f => f.Scenarios);

    /// <summary>Null with the reason when the folder does not exist or holds no PLC code.</summary>
    public static SimulatedSite? Open(string folder, out string? error)
    {
        if (!Directory.Exists(folder))
        {
            error = $"'{folder}' is not a folder";
            return null;
        }

        var project = PlcProjectLoader.Load(folder);
        if (project.Files.Count == 0)
        {
            error = $"no .st or .scl files under '{folder}'";
            return null;
        }

        error = null;
        return new SimulatedSite(Path.GetFullPath(folder), project);
    }

    public StProgramCompilation Compile(string program)
    {
        if (!compiled.TryGetValue(program, out var compilation))
        {
            compilation = StProgramCompiler.Compile(Project.Compilation, program);
            compiled.Add(program, compilation);
        }

        return compilation;
    }

    /// <summary>The programs the scenarios exercise, else every PROGRAM of the project.</summary>
    public IReadOnlyList<string> ProgramsUnderTest()
    {
        var named = Scenarios.Select(s => s.Program).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return named.Count > 0 ? named : Project.Compilation.Global.Programs.Select(p => p.Name).ToList();
    }
}
