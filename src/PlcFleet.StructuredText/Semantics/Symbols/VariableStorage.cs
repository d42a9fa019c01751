namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>The VAR section a variable is declared in, which decides who may read and write it.</summary>
public enum VariableStorage
{
    Input,
    Output,
    InOut,
    Local,
    Temp,
    Static,
    Global,
    External,
    Instance,

    /// <summary>The implicit result variable of a FUNCTION or METHOD (its own name).</summary>
    Result,

    /// <summary>A member of a standard function block (TON.Q), or of a struct.</summary>
    Member,
}
