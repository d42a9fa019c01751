using PlcFleet.Simulation.Programs.Conditions;
using PlcFleet.Simulation.Programs.Signals;

namespace PlcFleet.Simulation.Programs.Native;

/// <summary>
/// The condition compiler every <see cref="IProgramInstance.CompileCondition"/> uses (C# reference programs and
/// compiled ST alike): conditions are parsed by the ST parser and evaluated over the instance's signals, see
/// <see cref="ConditionCompiler"/>. Scenario binding passes a <see cref="SignalDirectory"/> for AT addresses and
/// global list names.
/// </summary>
public sealed class SignalConditionCompiler
{
    private readonly ConditionCompiler _compiler;

    public SignalConditionCompiler(IProgramInstance instance, SignalDirectory? directory = null) =>
        _compiler = new ConditionCompiler(instance, directory);

    public CompiledCondition Compile(string expression) => _compiler.Compile(expression);
}
