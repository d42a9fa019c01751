namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>The VAR block a variable is declared in.</summary>
public enum VarSection
{
    Local,
    Input,
    Output,
    InOut,
    Global,
    External,
    Temp,
}
