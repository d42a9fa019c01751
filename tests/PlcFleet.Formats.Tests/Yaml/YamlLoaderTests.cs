using PlcFleet.Formats.Yaml;

namespace PlcFleet.Formats.Tests.Yaml;

public sealed class YamlLoaderTests
{
    [Fact]
    public void Valid_yaml_loads()
    {
        Assert.True(YamlLoader.TryLoad("site: lyon-l1\nwave: pilot\n", out var stream, out var error));
        Assert.Null(error);
        Assert.Single(stream.Documents);
    }

    [Theory]
    // YamlDotNet throws InvalidOperationException, with no position, for these: the loader finds the bracket.
    [InlineData("plc_folders: [src\ndialect: iec\n", 1, 14, "this '[' is never closed with ']'")]
    [InlineData("steps:\n  - set: {EStop_OK: TRUE\n    at: 0ms\n", 2, 10, "this '{' is never closed with '}'")]
    // YamlDotNet reports these itself, with a position.
    [InlineData("site: lyon-l1\nsite: lyon-l2\n", 2, 1, "Duplicate key")]
    [InlineData("name: \"Guard door\nwave: pilot\n", 1, 7, "While scanning a multi-line double-quoted")]
    [InlineData("steps:\n  - a\n - b\n", 3, 2, "did not find expected")]
    public void A_syntax_error_is_a_value_with_line_and_column_never_an_exception(string yaml, int line, int column, string message)
    {
        Assert.False(YamlLoader.TryLoad(yaml, out var stream, out var error));

        Assert.Null(stream);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", error.Message, StringComparison.Ordinal);
    }
}
