using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PlcFleet.Formats.Vendor;

namespace PlcFleet.Formats.Tests.Vendor;

public sealed class RegionEditProperties
{
    /// <summary>Any code written into a region (CDATA or escaped) reads back as exactly that code, and the rest of the file is untouched.</summary>
    [Property(MaxTest = 200)]
    public Property New_code_in_any_region_reads_back_unchanged(NonNull<string> code, bool escapedBody)
    {
        var text = code.Get.Replace("\0", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        var valid = text.All(c => XmlCharOk(c)) && !text.Any(char.IsSurrogate);
        var (source, format) = escapedBody
            ? (VendorSamples.GuardPlcOpen(), VendorFormat.PlcOpenXml)
            : (VendorSamples.ConveyorTcPou, VendorFormat.TwinCat);
        var document = VendorFiles.Read(Encoding.UTF8.GetBytes(source), format, "f");
        var region = document.Bodies.OfType<StCodeBody>().First().Region;

        var reread = VendorFiles.Read(document.WithRegionContent(region, text), format, "f");
        var again = reread.Bodies.OfType<StCodeBody>().FirstOrDefault()?.Region;

        // Escaped character data that is only blanks is not code any more: the body reads back as empty.
        var blank = text.Trim().Length == 0;
        var sameCode = again is null ? blank && escapedBody : again.Content == text || blank && again.Content.Trim().Length == 0;
        return (!valid || sameCode && reread.Original.Text.StartsWith(document.Original.Text[..region.Start], StringComparison.Ordinal)).ToProperty();
    }

    private static bool XmlCharOk(char c) => c is '\t' or '\n' || c >= ' ' && c != '\uFFFE' && c != '\uFFFF';
}
