namespace PlcFleet.Verification.Framework;

public enum FindingSeverity
{
    Note,
    Warning,
    Error,
}
