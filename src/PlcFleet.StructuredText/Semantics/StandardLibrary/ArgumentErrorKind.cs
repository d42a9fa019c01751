namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>What is wrong with the arguments of a standard function call.</summary>
public enum ArgumentErrorKind
{
    TypeMismatch,
    MissingArgument,
    TooManyArguments,
    UnknownParameter,
    DuplicateArgument,
}
