namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>Why a literal is wrong, and the offset of the offending character within the literal's text.</summary>
public sealed record LiteralError(int Offset, string Message)
{
    public override string ToString() => $"at {Offset}: {Message}";
}
