namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>The kinds of program organisation unit.</summary>
public enum PouKind
{
    Program,
    FunctionBlock,
    Function,
    Method,
    Property,
    Action,
    Interface,

    /// <summary>Siemens ORGANIZATION_BLOCK: a cyclic or event-driven entry point, like a PROGRAM.</summary>
    OrganizationBlock,
}
