namespace PlcFleet.Fleet.Runs;

/// <summary>Receives site state changes as they happen, from several threads at once.</summary>
public interface IRunObserver
{
    void OnSiteChanged(SiteProgress progress);
}
