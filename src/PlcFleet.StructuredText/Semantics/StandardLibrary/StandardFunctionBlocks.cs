using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;
using static PlcFleet.StructuredText.Semantics.Types.ElementaryType;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// The standard function blocks (IEC 61131-3 3rd ed. Tables 43-46): bistables SR and RS, edge detection R_TRIG and
/// F_TRIG, counters CTU, CTD, CTUD (and their DINT/LINT/UDINT/ULINT variants) and timers TP, TON, TOF with their
/// LTIME forms. Only inputs and outputs are declared: the simulator supplies the behaviour.
/// </summary>
public static class StandardFunctionBlocks
{
    public static FunctionBlockType SR { get; } = Block("SR", [("S1", Bool), ("R", Bool)], [("Q1", Bool)]);

    public static FunctionBlockType RS { get; } = Block("RS", [("S", Bool), ("R1", Bool)], [("Q1", Bool)]);

    public static FunctionBlockType R_TRIG { get; } = Block("R_TRIG", [("CLK", Bool)], [("Q", Bool)], [("M", Bool)]);

    public static FunctionBlockType F_TRIG { get; } = Block("F_TRIG", [("CLK", Bool)], [("Q", Bool)], [("M", Bool)]);

    public static FunctionBlockType CTU { get; } = UpCounter("CTU", Int);

    public static FunctionBlockType CTD { get; } = DownCounter("CTD", Int);

    public static FunctionBlockType CTUD { get; } = UpDownCounter("CTUD", Int);

    public static FunctionBlockType TP { get; } = Timer("TP", Time);

    public static FunctionBlockType TON { get; } = Timer("TON", Time);

    public static FunctionBlockType TOF { get; } = Timer("TOF", Time);

    public static FunctionBlockType LTP { get; } = Timer("LTP", LTime);

    public static FunctionBlockType LTON { get; } = Timer("LTON", LTime);

    public static FunctionBlockType LTOF { get; } = Timer("LTOF", LTime);

    public static IReadOnlyList<FunctionBlockType> All { get; } = Build();

    /// <summary>The IEC input of SR or RS that a CODESYS name (SET1, SET, RESET, RESET1) stands for; null for anything else.</summary>
    public static string? BistableInput(FunctionBlockType block, string name)
    {
        var upper = name.ToUpperInvariant();
        return block.Name.ToUpperInvariant() switch
        {
            "SR" => upper switch { "SET1" => "S1", "SET" => "S1", "RESET" => "R", "RESET1" => "R", _ => null },
            "RS" => upper switch { "SET" => "S", "SET1" => "S", "RESET1" => "R1", "RESET" => "R1", _ => null },
            _ => null,
        };
    }

    // The CODESYS Standard library declares the plain counters' PV and CV as WORD (0..65535), not IEC's INT.
    private static readonly FunctionBlockType CodesysCtu = UpCounter("CTU", Word);
    private static readonly FunctionBlockType CodesysCtd = DownCounter("CTD", Word);
    private static readonly FunctionBlockType CodesysCtud = UpDownCounter("CTUD", Word);

    /// <summary>The block as a declaration in <paramref name="dialect"/> sees it: CODESYS CTU/CTD/CTUD count in WORD.</summary>
    public static FunctionBlockType InDialect(FunctionBlockType block, Dialect dialect)
    {
        if (dialect != Dialect.Codesys)
        {
            return block;
        }

        return block.Name.ToUpperInvariant() switch
        {
            "CTU" => CodesysCtu,
            "CTD" => CodesysCtd,
            "CTUD" => CodesysCtud,
            _ => block,
        };
    }

    private static List<FunctionBlockType> Build()
    {
        var blocks = new List<FunctionBlockType> { SR, RS, R_TRIG, F_TRIG, CTU, CTD, CTUD, TP, TON, TOF, LTP, LTON, LTOF };
        foreach (var width in new[] { DInt, LInt, UDInt, ULInt })
        {
            blocks.Add(UpCounter($"CTU_{width.Name}", width));
            blocks.Add(DownCounter($"CTD_{width.Name}", width));
            blocks.Add(UpDownCounter($"CTUD_{width.Name}", width));
        }

        return blocks;
    }

    private static FunctionBlockType UpCounter(string name, ElementaryType count) =>
        Block(name, [("CU", Bool), ("R", Bool), ("PV", count)], [("Q", Bool), ("CV", count)]);

    private static FunctionBlockType DownCounter(string name, ElementaryType count) =>
        Block(name, [("CD", Bool), ("LD", Bool), ("PV", count)], [("Q", Bool), ("CV", count)]);

    private static FunctionBlockType UpDownCounter(string name, ElementaryType count) =>
        Block(name, [("CU", Bool), ("CD", Bool), ("R", Bool), ("LD", Bool), ("PV", count)], [("QU", Bool), ("QD", Bool), ("CV", count)]);

    private static FunctionBlockType Timer(string name, ElementaryType duration) =>
        Block(name, [("IN", Bool), ("PT", duration)], [("Q", Bool), ("ET", duration)]);

    private static FunctionBlockType Block(string name, (string Name, StType Type)[] inputs, (string Name, StType Type)[] outputs,
        (string Name, StType Type)[]? locals = null) =>
        new(name,
            inputs.Select(i => new FunctionBlockMember(i.Name, i.Type, VariableKind.Input))
                .Concat(outputs.Select(o => new FunctionBlockMember(o.Name, o.Type, VariableKind.Output)))
                .Concat((locals ?? []).Select(l => new FunctionBlockMember(l.Name, l.Type, VariableKind.Local))));
}
