namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// The repeatable inputs of an extensible function: ADD(IN1, IN2, ... INn), MUX(K, IN0, ... INn). Each is a copy of
/// <see cref="Template"/> named prefix + number.
/// </summary>
public sealed record ExtensibleInputs(string Prefix, int FirstIndex, int MinimumCount, FunctionParameter Template)
{
    public string NameAt(int position) => $"{Prefix}{FirstIndex + position}";

    public FunctionParameter ParameterAt(int position) => Template with { Name = NameAt(position) };

    /// <summary>The position of a named extensible input (IN3 → 2 for ADD), or -1.</summary>
    public int PositionOf(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(name.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            || index < FirstIndex)
        {
            return -1;
        }

        return index - FirstIndex;
    }
}
