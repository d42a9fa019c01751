using PlcFleet.Fleet.Runs;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>Progress for logs and pipes: one timestamped line per site state change, e.g. <c>[12:01:03] lyon-l1: changed and verified (CR-3)</c>.</summary>
public sealed class PlainRunProgress(TextWriter output) : IRunObserver
{
    private readonly Lock _gate = new();

    public void OnSiteChanged(SiteProgress progress)
    {
        lock (_gate)
        {
            output.WriteLine($"[{progress.Time.ToLocalTime():HH:mm:ss}] {progress.SiteId}: {SiteStateText.Of(progress.State, progress.Reason)}");
            output.Flush();
        }
    }
}
