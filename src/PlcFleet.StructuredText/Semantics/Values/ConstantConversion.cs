using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// Converting constants between types: fitting an untyped literal to its context (range-checked:
/// <c>x : SINT := 300</c> is an error) and the value semantics of the <c>*_TO_*</c> functions (shared with the
/// simulator: integers wrap to the target width, reals round half away from zero, TIME counts milliseconds).
/// </summary>
public static class ConstantConversion
{
    private static readonly Int128 NanosecondsPerMillisecond = DurationValue.NanosecondsPerMillisecond;

    /// <summary>Gives an untyped literal (<c>42</c>, <c>1.5</c>) the type its context expects, or says why it does not fit.</summary>
    public static ConstantResult FitUntyped(ConstantValue value, StType target)
    {
        if (target.IsError)
        {
            return ConstantResult.Ok(value);
        }

        var underlying = target.Underlying;
        switch (value, underlying)
        {
            case (IntegerValue i, ElementaryType { IsReal: true } real):
                return ConstantResult.Ok(new RealValue((double)i.Value, real));
            case (IntegerValue i, ElementaryType t) when t == ElementaryType.Bool:
                return i.Value == 0 || i.Value == 1
                    ? ConstantResult.Ok(new BoolValue(i.Value == 1))
                    : ConstantResult.Fail($"{i.Value} does not fit BOOL (0 or 1)");
            case (IntegerValue i, ElementaryType { IsIntegral: true, Category: not TypeCategory.Char } t):
                if (target is SubrangeType sub && (i.Value < sub.Lower || i.Value > sub.Upper))
                {
                    return ConstantResult.Fail($"{i.Value} is outside {sub.Name}");
                }

                return t.Contains(i.Value)
                    ? ConstantResult.Ok(new IntegerValue(i.Value, t))
                    : ConstantResult.Fail($"{i.Value} does not fit {t.Name} ({t.MinValue}..{t.MaxValue})");
            case (RealValue r, ElementaryType { IsReal: true } t):
                return t == ElementaryType.Real && !float.IsFinite((float)r.Value)
                    ? ConstantResult.Fail($"{r.Value} does not fit REAL")
                    : ConstantResult.Ok(new RealValue(r.Value, t));
            case (RealValue r, _) when GenericType.AnyInt.Includes(underlying):
                return ConstantResult.Fail($"{LiteralFormatter.Format(r)} is not a whole number; {target.Name} needs one");
            default:
                return Conversions.IsImplicit(value.Type, target)
                    ? Convert(value, underlying)
                    : ConstantResult.Fail($"a {value.Type.Name} constant cannot be a {target.Name}");
        }
    }

    /// <summary>What <c>FROM_TO_TO(value)</c> returns. Fails only where the result is undefined (NaN, dates out of range).</summary>
    public static ConstantResult Convert(ConstantValue value, StType target)
    {
        var type = target.Underlying;
        if (value.Type.Equals(type))
        {
            return ConstantResult.Ok(value);
        }

        if (type is not ElementaryType t)
        {
            return type is StringType s && value is StringValue str
                ? ConstantResult.Ok(new StringValue(str.Value.Length > s.MaxLength ? str.Value[..s.MaxLength] : str.Value, s))
                : ConstantResult.Fail($"no constant conversion from {value.Type.Name} to {target.Name}");
        }

        try
        {
            return value switch
            {
                BoolValue b => FromInteger(b.Value ? 1 : 0, t),
                IntegerValue i => FromInteger(i.Value, t),
                RealValue r => FromReal(r.Value, t),
                DurationValue d => FromDuration(d, t),
                DateAndTimeValue dt => FromDateAndTime(dt, t),
                DateValue d when t.Kind is ElementaryTypeKind.Date or ElementaryTypeKind.LDate => ConstantResult.Ok(new DateValue(d.Value, t)),
                TimeOfDayValue tod when t.Kind is ElementaryTypeKind.TimeOfDay or ElementaryTypeKind.LTimeOfDay =>
                    ConstantResult.Ok(new TimeOfDayValue(tod.NanosecondsSinceMidnight, t)),
                CharValue c when t.IsIntegral && t.Category != TypeCategory.Char => FromInteger(c.Value, t),
                CharValue c when t.Category == TypeCategory.Char => ConstantResult.Ok(new CharValue((char)(c.Value & (int)t.MaxValue!.Value), t)),
                EnumValue e => FromInteger(e.Member.Value, t),
                _ => ConstantResult.Fail($"no constant conversion from {value.Type.Name} to {target.Name}"),
            };
        }
        catch (OverflowException)
        {
            return ConstantResult.Fail($"{LiteralFormatter.Format(value)} does not fit {target.Name}");
        }
    }

    private static ConstantResult FromInteger(Int128 value, ElementaryType t)
    {
        if (t == ElementaryType.Bool)
        {
            return ConstantResult.Ok(new BoolValue(value != 0));
        }

        if (t.Category == TypeCategory.Char)
        {
            return ConstantResult.Ok(new CharValue((char)IntegerArithmetic.Wrap(value, t), t));
        }

        if (t.IsIntegral)
        {
            return ConstantResult.Ok(new IntegerValue(IntegerArithmetic.Wrap(value, t), t));
        }

        return t.Category switch
        {
            TypeCategory.Real => ConstantResult.Ok(new RealValue((double)value, t)),
            TypeCategory.Duration => ConstantResult.Ok(new DurationValue(checked((long)(t == ElementaryType.Time ? value * NanosecondsPerMillisecond : value)), t)),
            _ => ConstantResult.Fail($"no constant conversion from an integer to {t.Name}"),
        };
    }

    private static ConstantResult FromReal(double value, ElementaryType t)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return ConstantResult.Fail($"{value} has no {t.Name} value");
        }

        if (t.IsReal)
        {
            return ConstantResult.Ok(new RealValue(value, t));
        }

        if (t == ElementaryType.Bool)
        {
            return ConstantResult.Ok(new BoolValue(value != 0));
        }

        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) >= 1.7e38)
        {
            return ConstantResult.Fail($"{value} does not fit {t.Name}");
        }

        return t.Category == TypeCategory.Duration && t == ElementaryType.Time
            ? ConstantResult.Ok(new DurationValue(checked((long)Math.Round(value * 1_000_000, MidpointRounding.AwayFromZero)), t))
            : FromInteger((Int128)rounded, t);
    }

    private static ConstantResult FromDuration(DurationValue d, ElementaryType t)
    {
        if (t.Category == TypeCategory.Duration)
        {
            return ConstantResult.Ok(new DurationValue(d.Nanoseconds, t));
        }

        // TIME counts milliseconds when it becomes a number, LTIME nanoseconds (CODESYS/TwinCAT).
        var count = d.Type == ElementaryType.Time ? (Int128)d.Nanoseconds / NanosecondsPerMillisecond : d.Nanoseconds;
        return t.IsReal ? ConstantResult.Ok(new RealValue((double)count, t)) : FromInteger(count, t);
    }

    private static ConstantResult FromDateAndTime(DateAndTimeValue dt, ElementaryType t)
    {
        var days = Math.DivRem(dt.NanosecondsSinceEpoch, TimeOfDayValue.NanosecondsPerDay, out var timeOfDay);
        return t.Kind switch
        {
            ElementaryTypeKind.DateAndTime or ElementaryTypeKind.LDateAndTime => ConstantResult.Ok(new DateAndTimeValue(dt.NanosecondsSinceEpoch, t)),
            ElementaryTypeKind.Date or ElementaryTypeKind.LDate => ConstantResult.Ok(new DateValue(DateOnly.FromDayNumber(new DateOnly(1970, 1, 1).DayNumber + (int)days), t)),
            ElementaryTypeKind.TimeOfDay or ElementaryTypeKind.LTimeOfDay => ConstantResult.Ok(new TimeOfDayValue(timeOfDay, t)),
            _ => ConstantResult.Fail($"no constant conversion from {dt.Type.Name} to {t.Name}"),
        };
    }
}
