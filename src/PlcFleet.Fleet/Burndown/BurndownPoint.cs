namespace PlcFleet.Fleet.Burndown;

/// <summary>How many sites were in each stage right after one recorded event.</summary>
public sealed record BurndownPoint(DateTimeOffset Time, string Event, IReadOnlyDictionary<SiteStage, int> Sites)
{
    public int Count(SiteStage stage) => Sites.GetValueOrDefault(stage);

    /// <summary>Sites that still need work (see <see cref="SiteStages.IsOpen"/>).</summary>
    public int Remaining => Sites.Where(s => SiteStages.IsOpen(s.Key)).Sum(s => s.Value);

    /// <summary>Every site counted at this point: the stages always add up to it.</summary>
    public int Total => Sites.Values.Sum();
}
