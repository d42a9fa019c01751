using System.Linq.Expressions;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    // string.Concat(string[]) by its exact signature: the span and object overloads make a lookup by name ambiguous.
    private static readonly System.Reflection.MethodInfo ConcatStrings = typeof(string).GetMethod(nameof(string.Concat), [typeof(string[])])!;

    /// <summary>LEN, CONCAT, LEFT, RIGHT, MID, INSERT, DELETE, REPLACE and FIND, run by <see cref="StringFunctions"/>.</summary>
    private Expression? StringFunction(BoundCall call, string upper, List<BoundArgument> inputs)
    {
        var text = call.Resolution?.GenericType ?? inputs[0].Value.Type;
        if (TypeStorage.ClrType(text) != typeof(string))
        {
            return null;
        }

        Expression Text(int i) => Input(inputs[i], text);
        Expression Count(int i) => Input(inputs[i], ElementaryType.LInt);
        Expression Run(string helper, params Expression[] arguments) => E.Call(typeof(StringFunctions), helper, null, arguments);
        return upper switch
        {
            "LEN" => E.Convert(E.Property(E.Coalesce(Text(0), E.Constant(string.Empty)), nameof(string.Length)), typeof(long)),
            "CONCAT" => E.Call(ConcatStrings, E.NewArrayInit(typeof(string), inputs.Select((_, i) => Text(i)))),
            "LEFT" => Run(nameof(StringFunctions.Left), Text(0), Count(1)),
            "RIGHT" => Run(nameof(StringFunctions.Right), Text(0), Count(1)),
            "MID" => Run(nameof(StringFunctions.Mid), Text(0), Count(1), Count(2)),
            "INSERT" => Run(nameof(StringFunctions.Insert), Text(0), Text(1), Count(2)),
            "DELETE" => Run(nameof(StringFunctions.Delete), Text(0), Count(1), Count(2)),
            "REPLACE" => Run(nameof(StringFunctions.Replace), Text(0), Text(1), Count(2), Count(3)),
            "FIND" => Run(nameof(StringFunctions.Find), Text(0), Text(1)),
            _ => null,
        };
    }
}
