namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// The type of an expression that already has an error. It converts to and from everything, so one mistake gives
/// one diagnostic rather than a cascade.
/// </summary>
public sealed class ErrorType : StType
{
    private ErrorType()
    {
    }

    public static ErrorType Instance { get; } = new();

    public override string Name => "?";

    public override bool Equals(StType? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => 0;
}
