namespace PlcFleet.Simulation.Programs.Conditions;

/// <summary>A condition that compiled but cannot be evaluated in the current state (e.g. a division by zero).</summary>
public sealed class ConditionFaultException : Exception
{
    public ConditionFaultException()
    {
    }

    public ConditionFaultException(string message)
        : base(message)
    {
    }

    public ConditionFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
