using PlcFleet.StructuredText.Semantics.Types;
using static PlcFleet.StructuredText.Semantics.StandardLibrary.Signatures;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>The named time functions (ADD_TIME, SUB_DT_DT, MUL_TIME...) and CONCAT_DATE_TOD.</summary>
internal static class TimeFunctions
{
    public static IEnumerable<StandardFunction> Create()
    {
        foreach (var rule in TimeArithmetic.Rules)
        {
            yield return new StandardFunction(rule.FunctionName, FunctionGroup.Time,
                Fixed(rule.Result, In("IN1", rule.Left), In("IN2", rule.Right ?? (StType)GenericType.AnyNum)));
        }

        yield return new StandardFunction("CONCAT_DATE_TOD", FunctionGroup.Time,
            Fixed(ElementaryType.DateAndTime, In("IN1", ElementaryType.Date), In("IN2", ElementaryType.TimeOfDay)));
        yield return new StandardFunction("CONCAT_DATE_LTOD", FunctionGroup.Time,
            Fixed(ElementaryType.LDateAndTime, In("IN1", ElementaryType.Date), In("IN2", ElementaryType.LTimeOfDay)));
    }
}
