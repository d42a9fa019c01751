namespace PlcFleet.Fleet.Inventory;

/// <summary>All sites of one fleet file, with the rollout waves in order (pilot first).</summary>
public sealed record Fleet(string Name, string FilePath, IReadOnlyList<RolloutWave> Waves, IReadOnlyList<Site> Sites)
{
    /// <summary>Who may start a wave, deploy and roll back.</summary>
    public RolloutRules Rules { get; init; } = RolloutRules.Default;

    public Site? FindSite(string id) => Sites.FirstOrDefault(s => s.Id == id);

    public RolloutWave? FindWave(string name) => Waves.FirstOrDefault(w => w.Name == name);

    public IReadOnlyList<Site> SitesInWave(string wave) => Sites.Where(s => s.Wave == wave).ToList();
}
