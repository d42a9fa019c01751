namespace PlcFleet.Formats.Vendor;

/// <summary>
/// One rung: its neutral text (<c>XIC(Start)[XIC(Run),XIO(Stop)]OTE(Motor);</c>), its comment, and the instructions read from
/// the text so a later ladder-to-ST translation has the rung's structure. The text's region is editable byte for byte.
/// </summary>
public sealed record LadderRung(int Number, string Text, string? Comment, EmbeddedRegion? TextRegion, IReadOnlyList<LadderElement> Elements);

/// <summary>An instruction (<c>XIC(Start)</c>) or a parallel branch of instruction sequences.</summary>
public abstract record LadderElement;

public sealed record LadderInstruction(string Mnemonic, IReadOnlyList<string> Operands) : LadderElement
{
    public override string ToString() => $"{Mnemonic}({string.Join(",", Operands)})";
}

public sealed record LadderBranch(IReadOnlyList<IReadOnlyList<LadderElement>> Legs) : LadderElement
{
    public override string ToString() => "[" + string.Join(",", Legs.Select(leg => string.Concat(leg))) + "]";
}
