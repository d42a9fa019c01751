using PlcFleet.Formats.Vendor;

namespace PlcFleet.Formats.Tests.Vendor;

public sealed class LadderRungTextTests
{
    [Theory]
    [InlineData("XIC(Start)OTE(Motor);", "XIC(Start)OTE(Motor)")]
    [InlineData("[XIC(Start),XIC(Motor)]XIO(EStop)OTE(Motor);", "[XIC(Start),XIC(Motor)]XIO(EStop)OTE(Motor)")]
    [InlineData("CPT(Speed,(Ref[2]*1.5)+Offset)MOV(Speed,Drive.Ref);", "CPT(Speed,(Ref[2]*1.5)+Offset)MOV(Speed,Drive.Ref)")]
    [InlineData("NOP();", "NOP()")]
    public void Rung_text_reads_into_instructions_and_branches(string text, string expected) =>
        Assert.Equal(expected, string.Concat(LadderRungText.Parse(text)!));

    [Theory]
    [InlineData("XIC(Start")]
    [InlineData("[XIC(A),XIC(B)OTE(C);")]
    [InlineData("XIC Start;")]
    public void Malformed_rung_text_is_not_guessed(string text) => Assert.Null(LadderRungText.Parse(text));
}
