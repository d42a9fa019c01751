using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// A value known at compile time: a literal, a folded constant expression, a CASE label or an array bound. Records
/// compare by value and type, so <c>INT#5</c> and <c>DINT#5</c> differ.
/// </summary>
public abstract record ConstantValue(StType Type)
{
    /// <summary>
    /// The whole number behind an integer, bit string, BOOL, CHAR or enumeration constant, as CASE labels, array
    /// bounds and subrange limits need it; false for REAL, durations, dates and strings.
    /// </summary>
    public bool TryGetInteger(out Int128 value)
    {
        (var ok, value) = this switch
        {
            IntegerValue i => (true, i.Value),
            BoolValue b => (true, b.Value ? Int128.One : Int128.Zero),
            CharValue c => (true, (Int128)c.Value),
            EnumValue e => (true, (Int128)e.Member.Value),
            _ => (false, Int128.Zero),
        };
        return ok;
    }

    /// <summary>The value as an IEC literal (<c>INT#42</c>, <c>T#1s500ms</c>, <c>'Door$Nopen'</c>).</summary>
    public override string ToString() => LiteralFormatter.Format(this);
}
