namespace PlcFleet.Agents.Rewrite;

/// <summary>What a match template parsed as; decides which places in a POU body it may match.</summary>
public enum TemplateShape
{
    /// <summary>One or more statements: matches a run of sibling statements.</summary>
    Statements,

    /// <summary>A complete expression: matches exactly one expression node of the same kind.</summary>
    Expression,

    /// <summary>
    /// A piece of an argument list or of an operator chain (<c>Priority := 1,</c>, <c>AND (:[p] = 1))</c>): only
    /// valid inside a context, so it matches a token run inside a POU body whose holes are whole expressions.
    /// </summary>
    Fragment,
}
