using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>The code of one POU, method, action or routine in the language it is written in.</summary>
public abstract record CodeBody(string Owner, LinePosition Position);

/// <summary>Structured Text: the language core parses and checks it; edits go back to the region's bytes.</summary>
public sealed record StCodeBody(string Owner, LinePosition Position, EmbeddedRegion Region) : CodeBody(Owner, Position);

/// <summary>A ladder routine (Rockwell RLL, PLCopen LD) kept as rungs; read and shown, not executed.</summary>
public sealed record LadderCodeBody(string Owner, LinePosition Position, IReadOnlyList<LadderRung> Rungs) : CodeBody(Owner, Position);

/// <summary>A function block diagram, SFC chart or CFC sheet kept as its elements; read and shown, not executed.</summary>
public sealed record GraphicalCodeBody(string Owner, LinePosition Position, GraphicalLanguage Language, IReadOnlyList<GraphicalElement> Elements)
    : CodeBody(Owner, Position);

/// <summary>A body in a language PlcFleet does not read yet (IL, an unknown element); kept byte for byte.</summary>
public sealed record OpaqueCodeBody(string Owner, LinePosition Position, string Language) : CodeBody(Owner, Position);

public enum GraphicalLanguage
{
    Ladder,
    FunctionBlockDiagram,
    SequentialFunctionChart,
    ContinuousFunctionChart,
}

/// <summary>One element of a graphical body: a block with its type, a contact, a coil, a step, a transition, a variable.</summary>
/// <param name="Kind">The element's name in the file: <c>block</c>, <c>contact</c>, <c>coil</c>, <c>step</c>, <c>inVariable</c>, <c>Block</c>, <c>IRef</c>.</param>
/// <param name="Text">What it names: the block type and instance, the contact's variable, the step name, the expression.</param>
public sealed record GraphicalElement(string Kind, string? LocalId, string Text, LinePosition Position);
