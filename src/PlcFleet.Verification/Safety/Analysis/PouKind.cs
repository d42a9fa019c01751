namespace PlcFleet.Verification.Safety.Analysis;

public enum PouKind
{
    Program,
    FunctionBlock,
    Function,
    Method,
    Action,
    OrganizationBlock,
}
