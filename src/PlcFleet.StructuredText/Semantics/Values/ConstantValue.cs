using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// A value known at compile time: a literal, a folded constant expression, a CASE label or an array bound. Records
/// compare by value and type, so <c>INT#5</c> and <c>DINT#5</c> differ.
/// </summary>
public abstract record ConstantValue(StType Type)
{
    /// <summary>The value as an IEC literal (<c>INT#42</c>, <c>T#1s500ms</c>, <c>'Door$Nopen'</c>).</summary>
    public override string ToString() => LiteralFormatter.Format(this);
}
