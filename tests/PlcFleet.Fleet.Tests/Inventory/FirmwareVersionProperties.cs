using FsCheck;
using FsCheck.Xunit;
using PlcFleet.Fleet.Inventory;

namespace PlcFleet.Fleet.Tests.Inventory;

public sealed class FirmwareVersionProperties
{
    private static FirmwareVersion Version(NonEmptyArray<NonNegativeInt> parts) =>
        FirmwareVersion.Parse(string.Join('.', parts.Get.Select(p => p.Get)));

    [Property]
    public bool Comparison_is_antisymmetric(NonEmptyArray<NonNegativeInt> a, NonEmptyArray<NonNegativeInt> b) =>
        Math.Sign(Version(a).CompareTo(Version(b))) == -Math.Sign(Version(b).CompareTo(Version(a)));

    [Property]
    public bool Trailing_zeros_change_nothing(NonEmptyArray<NonNegativeInt> a, PositiveInt zeros)
    {
        var version = Version(a);
        var padded = FirmwareVersion.Parse(version.Text + string.Concat(Enumerable.Repeat(".0", Math.Min(zeros.Get, 5))));
        return version == padded && version.GetHashCode() == padded.GetHashCode();
    }

    [Property]
    public bool Parts_round_trip(NonEmptyArray<NonNegativeInt> a) =>
        Version(a).Parts.SequenceEqual(a.Get.Select(p => p.Get));

    [Property]
    public bool Raising_any_part_makes_a_newer_version(NonEmptyArray<NonNegativeInt> a, NonNegativeInt index)
    {
        var parts = a.Get.Select(p => p.Get).ToArray();
        var i = index.Get % parts.Length;
        if (parts[i] == int.MaxValue)
        {
            return true;
        }

        var raised = (int[])parts.Clone();
        raised[i]++;
        return FirmwareVersion.Parse(string.Join('.', raised)) > FirmwareVersion.Parse(string.Join('.', parts));
    }
}
