namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// Classifies conversions between types and finds the common type of two operands, following IEC 61131-3 3rd ed.
/// Figure 11: a conversion is implicit only when every source value survives (range and precision), within the
/// same family (numbers, bit strings, durations, dates). What CODESYS accepts beyond that is <see cref="ConversionKind.Lenient"/>.
/// </summary>
public static class Conversions
{
    // Candidates for a common type, narrowest first, so the first hit is the smallest type both operands widen to.
    private static readonly ElementaryType[] BySize = [.. ElementaryType.All.OrderBy(t => t.SizeInBits)];

    public static Conversion Classify(StType source, StType target)
    {
        if (source.IsError || target.IsError || source.Equals(target))
        {
            return Conversion.Identity;
        }

        if (target is SubrangeType range)
        {
            return IntoSubrange(source, range);
        }

        var s = source.Underlying;
        var t = target.Underlying;
        if (s.Equals(t))
        {
            return Conversion.Identity; // an alias (or a subrange) read as its base type
        }

        return (s, t) switch
        {
            (ElementaryType a, ElementaryType b) => ClassifyElementary(a, b),
            (NullType, PointerType or ReferenceType or InterfaceType) => new Conversion(ConversionKind.ImplicitWidening),
            (StringType a, StringType b) when a.IsWide == b.IsWide =>
                new Conversion(ConversionKind.ImplicitWidening, LosesPrecision: b.MaxLength < a.MaxLength),
            (ElementaryType { Category: TypeCategory.Char } c, StringType str) when c.SizeInBits == 16 == str.IsWide =>
                new Conversion(ConversionKind.Lenient),
            (ArrayType a, ArrayType b) => ClassifyArray(a, b),
            (EnumType e, ElementaryType b) when b.IsInteger || b.IsBit =>
                new Conversion(ConversionKind.Lenient, LosesPrecision: ClassifyElementary(e.BaseType, b).LosesPrecision),
            (ElementaryType a, EnumType) when a.IsInteger => new Conversion(ConversionKind.Lenient, LosesPrecision: true),
            (FunctionBlockType a, FunctionBlockType b) when a.IsDerivedFrom(b) => new Conversion(ConversionKind.ImplicitWidening),
            (FunctionBlockType a, InterfaceType b) when a.Implements(b) => new Conversion(ConversionKind.ImplicitWidening),
            (InterfaceType a, InterfaceType b) when a.Extends(b) => new Conversion(ConversionKind.ImplicitWidening),
            (StructType a, StructType b) when a.IsDerivedFrom(b) => new Conversion(ConversionKind.Lenient, LosesPrecision: true),
            (PointerType, PointerType) => new Conversion(ConversionKind.Lenient),
            (PointerType, ElementaryType b) when IsAddressSized(b) => new Conversion(ConversionKind.Lenient),
            (ElementaryType a, PointerType) when IsAddressSized(a) => new Conversion(ConversionKind.Lenient),
            _ => ConversionFunctionTable.Find(s, t) is not null ? new Conversion(ConversionKind.ExplicitOnly, true) : Conversion.None,
        };
    }

    /// <summary>Whether a value of <paramref name="source"/> may be used where <paramref name="target"/> is expected.</summary>
    public static bool IsImplicit(StType source, StType target, ConversionMode mode = ConversionMode.Strict) =>
        Classify(source, target).IsImplicit(mode);

    /// <summary>
    /// The smallest type both operands convert to implicitly (INT and REAL → REAL, SINT and USINT → INT), or null
    /// when there is none (INT and TIME; LINT and ULINT in strict mode).
    /// </summary>
    public static StType? CommonType(StType left, StType right, ConversionMode mode = ConversionMode.Strict)
    {
        if (left.IsError || right.IsError)
        {
            return ErrorType.Instance;
        }

        if (left.Equals(right))
        {
            return left;
        }

        var l = left.Underlying;
        var r = right.Underlying;
        if (l.Equals(r))
        {
            return l;
        }

        if (Classify(l, r).Kind is ConversionKind.Identity or ConversionKind.ImplicitWidening && !Classify(l, r).LosesPrecision)
        {
            return r;
        }

        if (Classify(r, l).Kind is ConversionKind.Identity or ConversionKind.ImplicitWidening && !Classify(r, l).LosesPrecision)
        {
            return l;
        }

        // CODESYS treats an enumeration as its base integer type unless the enum is declared strict.
        if (mode == ConversionMode.Lenient && (l is EnumType || r is EnumType))
        {
            var leftBase = l is EnumType le ? le.BaseType : l;
            var rightBase = r is EnumType re ? re.BaseType : r;
            return leftBase is EnumType || rightBase is EnumType ? null : CommonType(leftBase, rightBase, mode);
        }

        if (l is ElementaryType a && r is ElementaryType b)
        {
            var widened = BySize.FirstOrDefault(c => IsImplicit(a, c) && IsImplicit(b, c));
            if (widened is not null)
            {
                return widened;
            }

            if (mode == ConversionMode.Lenient && (a.IsNumeric || a.IsBit) && (b.IsNumeric || b.IsBit))
            {
                return LenientCommonType(a, b);
            }
        }

        return null;
    }

    /// <summary>
    /// Into <c>INT(0..100)</c>: whatever converts to the base converts, but LosesPrecision flags that a value may
    /// fall outside the range unless the source is a subrange within it. The binder range-checks constants exactly.
    /// </summary>
    private static Conversion IntoSubrange(StType source, SubrangeType range)
    {
        var toBase = Classify(source, range.BaseType);
        if (!toBase.Exists)
        {
            return toBase;
        }

        var within = source is SubrangeType s && s.Lower >= range.Lower && s.Upper <= range.Upper;
        var kind = toBase.Kind == ConversionKind.Identity ? ConversionKind.ImplicitWidening : toBase.Kind;
        return new Conversion(kind, toBase.LosesPrecision || !within);
    }

    private static Conversion ClassifyElementary(ElementaryType s, ElementaryType t)
    {
        if (IsStandardWidening(s, t))
        {
            return new Conversion(ConversionKind.ImplicitWidening);
        }

        var bothNumericOrBit = (s.IsNumeric || s.IsBit) && (t.IsNumeric || t.IsBit);
        var sameTemporalFamily = s.Category == t.Category && s.Category is TypeCategory.Duration or TypeCategory.Date;
        var charFamily = s.Category == TypeCategory.Char && t.Category == TypeCategory.Char;

        // CODESYS converts between all numbers and bit strings silently, except into BOOL, where it insists on a call.
        if ((bothNumericOrBit && t != ElementaryType.Bool) || (sameTemporalFamily && SameKindOfDate(s, t)) || charFamily)
        {
            return new Conversion(ConversionKind.Lenient, LosesPrecision(s, t));
        }

        return ConversionFunctionTable.Find(s, t) is not null
            ? new Conversion(ConversionKind.ExplicitOnly, LosesPrecision(s, t))
            : Conversion.None;
    }

    /// <summary>IEC 61131-3 3rd ed. Figure 11.</summary>
    private static bool IsStandardWidening(ElementaryType s, ElementaryType t)
    {
        if (s.IsBit && t.IsBit)
        {
            return t.SizeInBits > s.SizeInBits;
        }

        if (s.IsInteger && t.IsInteger)
        {
            // Unsigned widens into a strictly larger signed type; signed never into unsigned.
            return t.SizeInBits > s.SizeInBits && (t.IsSigned || !s.IsSigned);
        }

        if (s.IsInteger && t.IsReal)
        {
            // Every integer value must survive: INT (15 bits) fits REAL's 24-bit mantissa, DINT only LREAL's 53.
            return s.Precision <= t.Precision;
        }

        if (s.IsReal && t.IsReal)
        {
            return t.SizeInBits > s.SizeInBits;
        }

        // TIME → LTIME, DATE → LDATE, TOD → LTOD, DT → LDT: the long form has more range and resolution.
        return s.Category == t.Category && s.Category is TypeCategory.Duration or TypeCategory.Date
            && SameKindOfDate(s, t) && t.SizeInBits > s.SizeInBits;
    }

    private static bool SameKindOfDate(ElementaryType s, ElementaryType t) => DateKind(s) == DateKind(t);

    private static int DateKind(ElementaryType type) => type.Kind switch
    {
        ElementaryTypeKind.Date or ElementaryTypeKind.LDate => 1,
        ElementaryTypeKind.TimeOfDay or ElementaryTypeKind.LTimeOfDay => 2,
        ElementaryTypeKind.DateAndTime or ElementaryTypeKind.LDateAndTime => 3,
        _ => 0,
    };

    private static bool LosesPrecision(ElementaryType s, ElementaryType t)
    {
        if (t == ElementaryType.Bool)
        {
            return s != ElementaryType.Bool;
        }

        if (s.IsIntegral && t.IsIntegral)
        {
            return s.MinValue < t.MinValue || s.MaxValue > t.MaxValue;
        }

        if (s.IsIntegral && t.IsReal)
        {
            return s.SizeInBits - (s.IsSigned ? 1 : 0) > t.Precision;
        }

        if (s.Category == TypeCategory.Date && t.Category == TypeCategory.Date && !SameKindOfDate(s, t))
        {
            return true; // DT_TO_DATE drops the time, DT_TO_TOD the date.
        }

        // Reals into integers drop the fraction; LREAL into REAL drops digits; long times and dates drop resolution.
        return !(s.IsReal && t.IsReal && t.SizeInBits >= s.SizeInBits) && !(s.Category == t.Category && t.SizeInBits >= s.SizeInBits);
    }

    private static ElementaryType LenientCommonType(ElementaryType a, ElementaryType b)
    {
        // CODESYS: a real operand makes the expression real; otherwise the wider operand wins, signed on a tie.
        if (a.IsReal || b.IsReal)
        {
            return a.SizeInBits == 64 && a.IsReal || b.SizeInBits == 64 && b.IsReal ? ElementaryType.LReal : ElementaryType.Real;
        }

        if (a.SizeInBits != b.SizeInBits)
        {
            return a.SizeInBits > b.SizeInBits ? a : b;
        }

        return a.IsSigned ? a : b;
    }

    private static Conversion ClassifyArray(ArrayType s, ArrayType t)
    {
        // ARRAY[*] OF REAL accepts any REAL array of the same rank (VAR_IN_OUT of variable length).
        var sameShape = s.Rank == t.Rank && s.Dimensions.Zip(t.Dimensions).All(d =>
            d.Second.IsVariable || (!d.First.IsVariable && d.First.Length == d.Second.Length));
        return sameShape && s.ElementType.Equals(t.ElementType)
            ? new Conversion(t.HasVariableBounds ? ConversionKind.ImplicitWidening : ConversionKind.Lenient)
            : Conversion.None;
    }

    private static bool IsAddressSized(ElementaryType type) =>
        type.Kind is ElementaryTypeKind.LWord or ElementaryTypeKind.ULInt or ElementaryTypeKind.DWord or ElementaryTypeKind.UDInt;
}
