namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// The type keywords a declaration may use without declaring them: the elementary types with their long spellings
/// (TIME_OF_DAY), STRING and WSTRING at their default length, and the generic ANY_* names that only standard and
/// vendor library signatures use.
/// </summary>
public static class BuiltInTypes
{
    public static bool TryLookup(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StType? type)
    {
        if (ElementaryType.TryLookup(name, out var elementary))
        {
            type = elementary;
            return true;
        }

        if (name.Equals("STRING", StringComparison.OrdinalIgnoreCase))
        {
            type = StringType.String;
            return true;
        }

        if (name.Equals("WSTRING", StringComparison.OrdinalIgnoreCase))
        {
            type = StringType.WString;
            return true;
        }

        var found = GenericType.TryLookup(name, out var generic);
        type = generic;
        return found;
    }
}
