using PlcFleet.Formats.Projects;
using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Scenarios;

namespace PlcFleet.Cli.Commands.Simulation;

/// <summary>
/// A site folder ready to simulate: its PLC project loaded once, each PROGRAM compiled once on first use, and its
/// <c>*.scenario.yaml</c> files found.
/// </summary>
internal sealed class SiteSimulator
{
    private readonly Dictionary<string, StProgramCompilation> _programs = new(StringComparer.OrdinalIgnoreCase);

    private SiteSimulator(string root, PlcProject project, IReadOnlyList<string> scenarioFiles)
    {
        Root = root;
        Project = project;
        ScenarioFiles = scenarioFiles;
    }

    public string Root { get; }

    public PlcProject Project { get; }

    public IReadOnlyList<string> ScenarioFiles { get; }

    /// <summary>Null (and a message on stderr) when the path does not exist or holds no PLC code.</summary>
    public static SiteSimulator? Open(string path, string command)
    {
        if (!Directory.Exists(path))
        {
            Console.Error.WriteLine($"plcfleet {command}: '{path}' is not a folder");
            return null;
        }

        var project = PlcProjectLoader.Load(path);
        if (project.Files.Count == 0)
        {
            Console.Error.WriteLine($"plcfleet {command}: no .st or .scl files under '{path}'");
            return null;
        }

        var scenarios = Directory.EnumerateFiles(path, "*.scenario.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(path, "*.scenario.yml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new SiteSimulator(path, project, scenarios);
    }

    public StProgramCompilation Compile(string program)
    {
        if (!_programs.TryGetValue(program, out var compiled))
        {
            compiled = StProgramCompiler.Compile(Project.Compilation, program);
            _programs.Add(program, compiled);
        }

        return compiled;
    }

    public IEnumerable<ScenarioFile> ParseScenarios() =>
        ScenarioFiles.Select(file => ScenarioParser.ParseFile(file, Path.GetRelativePath(Root, file)));
}
