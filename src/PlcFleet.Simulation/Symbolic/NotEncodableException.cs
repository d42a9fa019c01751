using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>
/// A construct the symbolic model does not cover (SQRT and other REAL functions, arrays, pointers, loops...): the engine answers
/// <c>unknown</c> naming it and where it is, instead of guessing.
/// </summary>
public sealed class NotEncodableException : Exception
{
    public NotEncodableException(string construct, SyntaxNode? where)
        : base(Describe(construct, where)) => Construct = construct;

    public NotEncodableException()
    {
        Construct = string.Empty;
    }

    public NotEncodableException(string message)
        : base(message) => Construct = message;

    public NotEncodableException(string message, Exception innerException)
        : base(message, innerException) => Construct = message;

    public string Construct { get; }

    private static string Describe(string construct, SyntaxNode? where)
    {
        return where?.GetLocation() is { } location ? $"{construct} at {location}" : construct;
    }
}
