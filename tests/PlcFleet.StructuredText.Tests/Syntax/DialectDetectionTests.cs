using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Tests.Syntax;

/// <summary>A .st file is read as SCL only when its content says so unmistakably.</summary>
public sealed class DialectDetectionTests
{
    [Theory]
    [InlineData("ORGANIZATION_BLOCK \"Main\"\nBEGIN\n  \"Conveyor_DB\".Run := TRUE;\nEND_ORGANIZATION_BLOCK\n")]
    [InlineData("FUNCTION_BLOCK \"FB_Pump\"\nVAR Run : Bool; END_VAR\n  #Run := \"Inputs\".Start;\nEND_FUNCTION_BLOCK\n")]
    [InlineData("FUNCTION FC_Alarm : VOID\n  IF \"AlarmDB\".Active THEN RETURN; END_IF;\nEND_FUNCTION\n")]
    public void Siemens_content_in_a_st_file_is_read_as_scl(string text) =>
        Assert.Equal(Dialect.Scl, DialectExtensions.FromContent("plant/blocks.st", text));

    [Theory]
    [InlineData("PROGRAM Main\nVAR msg : WSTRING := \"Pump running\"; END_VAR\nEND_PROGRAM\n")]
    [InlineData("NAMESPACE Plant.Line1\n  CLASS Conveyor\n  END_CLASS\nEND_NAMESPACE\n")]
    [InlineData("PROGRAM Main\nVAR Step : INT; END_VAR\nStep := Step + 1; (* #1 := step *)\nEND_PROGRAM\n")]
    public void Codesys_and_ax_content_stays_codesys(string text) =>
        Assert.Equal(Dialect.Codesys, DialectExtensions.FromContent("plant/main.st", text));
}
