using PlcFleet.Fleet.Inventory;

namespace PlcFleet.Fleet.Tests.Inventory;

public sealed class FirmwareVersionTests
{
    [Theory]
    [InlineData("3.10", "3.9")]
    [InlineData("3.5.17", "3.5.9")]
    [InlineData("3.5.17.40", "3.5.17")]
    [InlineData("4", "3.5.19")]
    [InlineData("V17", "V16")]
    public void Orders_numerically_part_by_part(string newer, string older)
    {
        Assert.True(FirmwareVersion.Parse(newer) > FirmwareVersion.Parse(older));
        Assert.True(FirmwareVersion.Parse(older) < FirmwareVersion.Parse(newer));
    }

    [Fact]
    public void Missing_parts_count_as_zero()
    {
        Assert.Equal(FirmwareVersion.Parse("3.5"), FirmwareVersion.Parse("3.5.0"));
        Assert.Equal(FirmwareVersion.Parse("3.5").GetHashCode(), FirmwareVersion.Parse("3.5.0.0").GetHashCode());
        Assert.True(FirmwareVersion.Parse("3.5") >= FirmwareVersion.Parse("3.5.0"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("3.")]
    [InlineData("3..5")]
    [InlineData("3.5-beta")]
    [InlineData("v")]
    [InlineData("-3.5")]
    public void Rejects_non_versions(string text) => Assert.False(FirmwareVersion.TryParse(text, out _));

    [Fact]
    public void Keeps_the_text_as_written() => Assert.Equal("V17", FirmwareVersion.Parse("V17").ToString());
}
