using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Configuration;

namespace PlcFleet.Verification.Safety;

/// <summary>Everything the safety rules need about one version of a site: code model, configuration, classification, scan.</summary>
public sealed class SiteAnalysis
{
    private SiteAnalysis(string root, ProjectModel model, SafetyConfig config, IReadOnlyList<ConfigProblem> problems, IReadOnlyList<Diagnostic> codeErrors)
    {
        CodeErrors = codeErrors;
        Root = root;
        Model = model;
        Config = config;
        ConfigProblems = problems;
        Scan = ScanExecutor.Run(model);
        Set = SafetyClassifier.Classify(model, config, Scan);
        DefUse = DefUse.Collect(model);
    }

    public string Root { get; }

    public ProjectModel Model { get; }

    public SafetyConfig Config { get; }

    public IReadOnlyList<ConfigProblem> ConfigProblems { get; }

    /// <summary>Errors reading the code (a broken plcfleet.yaml, syntax, types): what is recognised below may be incomplete.</summary>
    public IReadOnlyList<Diagnostic> CodeErrors { get; }

    public ScanExecutor.ScanResult Scan { get; }

    public SafetySet Set { get; }

    public DefUse DefUse { get; }

    /// <summary>Analyses the site at <paramref name="path"/> (a folder, or a single file with its folder's plcfleet.yaml).</summary>
    public static SiteAnalysis Load(string path)
    {
        var full = Path.GetFullPath(path);
        var root = File.Exists(full) ? Path.GetDirectoryName(full)! : full;
        return Of(PlcProjectLoader.Load(full, root));
    }

    /// <summary>Analyses a project already loaded (see <see cref="LoadedSite"/>), with the safety configuration of its folder.</summary>
    public static SiteAnalysis Of(PlcProject project)
    {
        var problems = new List<ConfigProblem>();
        var config = SafetyConfigReader.Read(project.Root, problems);
        return new SiteAnalysis(project.Root, ProjectModel.Build(project), config, problems, project.GetDiagnostics().Where(d => d.IsError).ToList());
    }

    /// <summary>Both versions of a site for a comparison, read at the same time (two independent parses and scans).</summary>
    public static (SiteAnalysis Before, SiteAnalysis After) LoadBoth(string before, string after)
    {
        var loadAfter = Task.Run(() => Load(after));
        var old = Load(before);
        return (old, loadAfter.GetAwaiter().GetResult());
    }

    public string Display(string path) => SafetyClassifier.Display(Model, path);

    /// <summary>Is this code safety code: a safety POU, or one writing a safety variable or output?</summary>
    public bool IsSafetyPou(PouSymbol pou) =>
        Set.IsSafetyPou(pou.Name) || Set.IsSafetyPou(pou.Name.Split('.')[0]);
}
