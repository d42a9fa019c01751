using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Tests.Semantics.StandardLibrary;

public sealed class StandardFunctionBlockTests
{
    [Theory]
    [InlineData("TON", "IN:BOOL,PT:TIME", "Q:BOOL,ET:TIME")]
    [InlineData("TOF", "IN:BOOL,PT:TIME", "Q:BOOL,ET:TIME")]
    [InlineData("TP", "IN:BOOL,PT:TIME", "Q:BOOL,ET:TIME")]
    [InlineData("LTON", "IN:BOOL,PT:LTIME", "Q:BOOL,ET:LTIME")]
    [InlineData("R_TRIG", "CLK:BOOL", "Q:BOOL")]
    [InlineData("F_TRIG", "CLK:BOOL", "Q:BOOL")]
    [InlineData("CTU", "CU:BOOL,R:BOOL,PV:INT", "Q:BOOL,CV:INT")]
    [InlineData("CTD", "CD:BOOL,LD:BOOL,PV:INT", "Q:BOOL,CV:INT")]
    [InlineData("CTUD", "CU:BOOL,CD:BOOL,R:BOOL,LD:BOOL,PV:INT", "QU:BOOL,QD:BOOL,CV:INT")]
    [InlineData("CTU_UDINT", "CU:BOOL,R:BOOL,PV:UDINT", "Q:BOOL,CV:UDINT")]
    [InlineData("SR", "S1:BOOL,R:BOOL", "Q1:BOOL")]
    [InlineData("RS", "S:BOOL,R1:BOOL", "Q1:BOOL")]
    public void Standard_blocks_have_the_standard_inputs_and_outputs(string name, string inputs, string outputs)
    {
        Assert.True(StandardCatalog.TryGetFunctionBlock(name.ToLowerInvariant(), out var block));
        Assert.Equal(inputs, string.Join(",", block.Inputs.Select(m => $"{m.Name}:{m.Type.Name}")));
        Assert.Equal(outputs, string.Join(",", block.Outputs.Select(m => $"{m.Name}:{m.Type.Name}")));
        Assert.Empty(block.InOuts);
    }

    [Fact]
    public void Members_are_found_case_insensitively_with_their_section()
    {
        var timer = StandardFunctionBlocks.TON;
        Assert.Equal(VariableKind.Output, timer.FindMember("et")!.Kind);
        Assert.Equal(VariableKind.Input, timer.FindMember("Pt")!.Kind);
        Assert.Null(timer.FindMember("ELAPSED"));
    }

    [Fact]
    public void A_user_block_extending_TON_inherits_its_members()
    {
        var guardTimer = new FunctionBlockType("FB_GuardDoorTimer",
            [new FunctionBlockMember("bDoorClosed", ElementaryType.Bool, VariableKind.Input),
             new FunctionBlockMember("nTrips", ElementaryType.UDInt, VariableKind.Local)],
            StandardFunctionBlocks.TON,
            methods: [new MethodSignature("Reset", [], ElementaryType.Bool)]);
        Assert.Equal(["IN", "PT", "bDoorClosed"], guardTimer.Inputs.Select(m => m.Name));
        Assert.Equal("ET", guardTimer.FindMember("ET")!.Name);
        Assert.True(guardTimer.IsDerivedFrom(StandardFunctionBlocks.TON));
        Assert.Equal("Reset() : BOOL", guardTimer.FindMethod("reset")!.ToString());
        Assert.Single(guardTimer.Locals);
    }
}
