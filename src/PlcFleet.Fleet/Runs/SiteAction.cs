namespace PlcFleet.Fleet.Runs;

/// <summary>What a (re)started run does with one targeted site, decided from the state the store remembers.</summary>
public enum SiteAction
{
    /// <summary>Not run yet (or waiting for review capacity, or chosen again): run the agent.</summary>
    Run,

    /// <summary>It was running when the process died: clean up its workspace and branch, then run it again.</summary>
    Restart,

    /// <summary>Finished in this run already: leave it alone.</summary>
    Keep,
}
