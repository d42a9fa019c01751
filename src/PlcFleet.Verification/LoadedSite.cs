using PlcFleet.Formats.Projects;
using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Verification;

/// <summary>
/// One version of a site's code (the workspace after a change, or its baseline), read from disk, parsed and bound once
/// and then shared by every verifier of one run: the compile verifier reads its diagnostics, the safety verifier its
/// analysis, the simulation and equivalence verifiers its simulator view. Diagnostics name files relative to the site.
/// </summary>
public sealed class LoadedSite
{
    private readonly Lazy<PlcProject> _project;
    private readonly Lazy<(SiteSimulator? Simulator, string? Error)> _simulator;
    private readonly Lazy<SiteAnalysis> _safety;

    private LoadedSite(string root)
    {
        Root = root;
        _project = new(() => PlcProjectLoader.Load(root, displayBase: root));
        _simulator = new(() => (SiteSimulator.Over(Project, out var error), error));
        _safety = new(() => SiteAnalysis.Of(Project));
    }

    /// <summary>The site folder, as a full path.</summary>
    public string Root { get; }

    /// <summary>The PLC project, read on first use; its <see cref="PlcProject.Compilation"/> is bound once.</summary>
    public PlcProject Project => _project.Value;

    /// <summary>The simulator's view of the site, or null when it holds no PLC code (<see cref="SimulatorError"/> says so).</summary>
    public SiteSimulator? Simulator => _simulator.Value.Simulator;

    public string? SimulatorError => _simulator.Value.Error;

    /// <summary>The safety analysis of this version: code model, safety configuration, classification.</summary>
    public SiteAnalysis Safety => _safety.Value;

    /// <summary>A site folder, read lazily: nothing is loaded until a verifier asks.</summary>
    public static LoadedSite Open(string root) => new(Path.GetFullPath(root));
}
