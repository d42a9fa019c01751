using PlcFleet.Simulation.Programs.Conditions;

namespace PlcFleet.Simulation.Programs;

/// <summary>
/// A boolean ST expression compiled against a program instance (e.g. an invariant <c>Motor_Run AND NOT EStop_OK</c>).
/// Either <see cref="Evaluate"/> is set, or <see cref="Error"/> says why the expression was rejected and
/// <see cref="ErrorOffset"/> where in the expression.
/// </summary>
public sealed class CompiledCondition
{
    private CompiledCondition(string expression, Func<bool>? evaluate, IReadOnlyList<string> signals, ConditionError? error)
    {
        Expression = expression;
        Evaluate = evaluate;
        ReferencedSignals = signals;
        Error = error?.Message;
        ErrorOffset = error?.Offset ?? 0;
        ErrorLength = error?.Length ?? 0;
    }

    public string Expression { get; }

    /// <summary>Reads the instance's current state; null when the expression did not compile. May throw <see cref="ConditionFaultException"/>.</summary>
    public Func<bool>? Evaluate { get; }

    /// <summary>The signals the expression reads, so a failure report can show their recent history.</summary>
    public IReadOnlyList<string> ReferencedSignals { get; }

    /// <summary>Why the expression was rejected (unknown signal, syntax, not BOOL), in the user's words.</summary>
    public string? Error { get; }

    /// <summary>Where the problem starts within <see cref="Expression"/> (0 when valid).</summary>
    public int ErrorOffset { get; }

    public int ErrorLength { get; }

    public bool IsValid => Evaluate is not null;

    public static CompiledCondition Success(string expression, Func<bool> evaluate, IReadOnlyList<string> signals) =>
        new(expression, evaluate, signals, null);

    public static CompiledCondition Failure(string expression, string error) => new(expression, null, [], new ConditionError(0, 0, error));

    public static CompiledCondition Failure(string expression, ConditionError error) => new(expression, null, [], error);
}
