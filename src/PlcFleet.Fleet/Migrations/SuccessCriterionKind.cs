namespace PlcFleet.Fleet.Migrations;

public enum SuccessCriterionKind
{
    Compile,
    Safety,
    Equivalence,
    Simulation,
    Tests,
    Scope,
    Judge,
    CodeContains,
    CodeNotContains,
}
