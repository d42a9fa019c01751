using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// Exactly which argument of a call is wrong: its 0-based position among the call's arguments (-1 when an argument
/// is missing), the formal parameter, what was expected and what was given. The binder puts the diagnostic on that
/// argument's span.
/// </summary>
public sealed record ArgumentError(ArgumentErrorKind Kind, int ArgumentIndex, string ParameterName, string Expected, StType? Actual, string Message)
{
    public override string ToString() => Message;
}
