using FsCheck.Xunit;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Tests.Semantics.Types;

public sealed class ConversionPropertyTests
{
    private static ElementaryType Pick(byte index) => ElementaryType.All[index % ElementaryType.All.Count];

    [Property]
    public bool Widening_is_transitive(byte a, byte b, byte c)
    {
        var (x, y, z) = (Pick(a), Pick(b), Pick(c));
        return !(Conversions.IsImplicit(x, y) && Conversions.IsImplicit(y, z)) || Conversions.IsImplicit(x, z);
    }

    [Property]
    public bool Common_type_is_symmetric_and_both_sides_widen_to_it(byte a, byte b)
    {
        var (x, y) = (Pick(a), Pick(b));
        var common = Conversions.CommonType(x, y);
        return Equals(common, Conversions.CommonType(y, x))
            && (common is null || (Conversions.IsImplicit(x, common) && Conversions.IsImplicit(y, common)));
    }

    [Property]
    public bool Implicit_integer_widening_keeps_every_value(long raw, byte a, byte b)
    {
        var (from, to) = (Pick(a), Pick(b));
        if (!from.IsInteger || !to.IsInteger || !Conversions.IsImplicit(from, to))
        {
            return true;
        }

        var value = IntegerArithmetic.Wrap(raw, from);
        return to.Contains(value);
    }

    [Property]
    public bool Typed_literal_parses_exactly_when_the_untyped_value_fits(long raw, byte pick)
    {
        var type = Pick(pick);
        if (!type.IsInteger)
        {
            return true;
        }

        var typed = LiteralParser.Parse($"{type.Name}#{raw}");
        var untyped = LiteralParser.Parse(raw.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value!;
        return typed.Succeeded == ConstantConversion.FitUntyped(untyped, type).Succeeded;
    }
}
