namespace PlcFleet.Fleet.Burndown;

/// <summary>How many sites were in each stage right after one recorded event.</summary>
public sealed record BurndownPoint(DateTimeOffset Time, string Event, IReadOnlyDictionary<SiteStage, int> Sites)
{
    public int Count(SiteStage stage) => Sites.GetValueOrDefault(stage);

    public int Remaining => Sites.Where(s => !SiteStages.IsDone(s.Key)).Sum(s => s.Value);
}
