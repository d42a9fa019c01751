using static PlcFleet.StructuredText.Semantics.Types.ElementaryType;

namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// What +, -, * and / mean on durations and dates: TIME + TIME = TIME, TOD + TIME = TOD, DT - DT = TIME,
/// TIME * ANY_NUM = TIME. The long forms (LTIME, LTOD, LDT, LDATE) follow the same pattern with LTIME.
/// </summary>
public static class TimeArithmetic
{
    public static IReadOnlyList<TimeArithmeticRule> Rules { get; } =
    [
        new("ADD_TIME", BinaryOperator.Add, Time, Time, Time),
        new("ADD_LTIME", BinaryOperator.Add, LTime, LTime, LTime),
        new("ADD_TOD_TIME", BinaryOperator.Add, TimeOfDay, Time, TimeOfDay),
        new("ADD_LTOD_LTIME", BinaryOperator.Add, LTimeOfDay, LTime, LTimeOfDay),
        new("ADD_DT_TIME", BinaryOperator.Add, DateAndTime, Time, DateAndTime),
        new("ADD_LDT_LTIME", BinaryOperator.Add, LDateAndTime, LTime, LDateAndTime),
        new("SUB_TIME", BinaryOperator.Subtract, Time, Time, Time),
        new("SUB_LTIME", BinaryOperator.Subtract, LTime, LTime, LTime),
        new("SUB_DATE_DATE", BinaryOperator.Subtract, Date, Date, Time),
        new("SUB_LDATE_LDATE", BinaryOperator.Subtract, LDate, LDate, LTime),
        new("SUB_TOD_TIME", BinaryOperator.Subtract, TimeOfDay, Time, TimeOfDay),
        new("SUB_LTOD_LTIME", BinaryOperator.Subtract, LTimeOfDay, LTime, LTimeOfDay),
        new("SUB_TOD_TOD", BinaryOperator.Subtract, TimeOfDay, TimeOfDay, Time),
        new("SUB_LTOD_LTOD", BinaryOperator.Subtract, LTimeOfDay, LTimeOfDay, LTime),
        new("SUB_DT_TIME", BinaryOperator.Subtract, DateAndTime, Time, DateAndTime),
        new("SUB_LDT_LTIME", BinaryOperator.Subtract, LDateAndTime, LTime, LDateAndTime),
        new("SUB_DT_DT", BinaryOperator.Subtract, DateAndTime, DateAndTime, Time),
        new("SUB_LDT_LDT", BinaryOperator.Subtract, LDateAndTime, LDateAndTime, LTime),
        new("MUL_TIME", BinaryOperator.Multiply, Time, null, Time),
        new("MUL_LTIME", BinaryOperator.Multiply, LTime, null, LTime),
        new("DIV_TIME", BinaryOperator.Divide, Time, null, Time),
        new("DIV_LTIME", BinaryOperator.Divide, LTime, null, LTime),
    ];

    /// <summary>The rule for an operator on two temporal operands, or null when the standard defines none (TOD + TOD).</summary>
    public static TimeArithmeticRule? Find(BinaryOperator op, StType left, StType right)
    {
        var exact = Rules.FirstOrDefault(r => r.Operator == op && r.Matches(left, right));
        if (exact is not null)
        {
            return exact;
        }

        // TOD + LTIME and the like: widen both sides to the long forms (TIME → LTIME, TOD → LTOD...) and retry.
        var (l, r2) = (Widen(left.Underlying), Widen(right.Underlying));
        return Rules.FirstOrDefault(r => r.Operator == op && r.Left.SizeInBits == 64 && r.Matches(l, r2)
            && (l != left.Underlying || r2 != right.Underlying));
    }

    private static StType Widen(StType type) => type switch
    {
        ElementaryType { Kind: ElementaryTypeKind.Time } => LTime,
        ElementaryType { Kind: ElementaryTypeKind.TimeOfDay } => LTimeOfDay,
        ElementaryType { Kind: ElementaryTypeKind.DateAndTime } => LDateAndTime,
        ElementaryType { Kind: ElementaryTypeKind.Date } => LDate,
        _ => type,
    };
}
