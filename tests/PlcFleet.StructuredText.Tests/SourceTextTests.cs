using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 2, 1)]
    [InlineData(8, 3, 1)]
    [InlineData(9, 3, 2)]
    public void Offsets_map_to_one_based_line_and_column(int offset, int line, int column)
    {
        var text = new SourceText("abc\nde\r\nfg", "x.st");
        Assert.Equal(new LinePosition(line, column), text.GetLinePosition(offset));
    }

    [Fact]
    public void Line_text_excludes_the_line_break()
    {
        var text = new SourceText("abc\r\nde\n", "x.st");
        Assert.Equal("abc", text.GetLineText(1));
        Assert.Equal("de", text.GetLineText(2));
        Assert.Equal(3, text.LineCount);
    }
}
