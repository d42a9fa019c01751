namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>The VAR section a member of a function block or method is declared in.</summary>
public enum VariableKind
{
    /// <summary>VAR_INPUT: set by the caller, read-only inside.</summary>
    Input,

    /// <summary>VAR_OUTPUT: written inside, read by the caller after the call.</summary>
    Output,

    /// <summary>VAR_IN_OUT: passed by reference; must be connected on every call.</summary>
    InOut,

    /// <summary>VAR: keeps its value from one scan to the next.</summary>
    Local,

    /// <summary>VAR_TEMP: re-initialised on every call.</summary>
    Temp,

    /// <summary>VAR_STAT (CODESYS): shared by all instances.</summary>
    Static,
}
