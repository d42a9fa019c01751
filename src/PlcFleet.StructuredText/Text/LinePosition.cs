namespace PlcFleet.StructuredText.Text;

/// <summary>A 1-based line and column, as editors and PLC IDEs show them.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
