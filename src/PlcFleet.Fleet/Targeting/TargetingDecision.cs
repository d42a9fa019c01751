namespace PlcFleet.Fleet.Targeting;

public enum TargetingDecision
{
    /// <summary>Every precondition holds: an agent will work on this site.</summary>
    Targeted,

    /// <summary>At least one precondition does not hold: the site is left alone, on purpose.</summary>
    Skipped,

    /// <summary>The site cannot be assessed (repository missing or not cloned): someone has to look.</summary>
    NotTargetable,
}
