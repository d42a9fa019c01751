using System.Text;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>
/// A vendor file as read: its original bytes and text, the regions of code inside it, what it declares, the code
/// bodies (ST, ladder, diagrams) and the ST view the language core checks. Everything not in a region (XML, GUIDs,
/// LineIds, addData, attribute order, line ends) is never rewritten, so writing back without a change gives the same bytes.
/// </summary>
public sealed class VendorDocument
{
    public VendorDocument(string path, VendorFormat format, EncodedText file, SourceText original, IReadOnlyList<EmbeddedRegion> regions,
        IReadOnlyList<VendorObject> objects, IReadOnlyList<CodeBody> bodies, StView? structuredText, IReadOnlyList<Diagnostic> diagnostics)
    {
        Path = path;
        Format = format;
        File = file;
        Original = original;
        Regions = [.. regions.OrderBy(r => r.Start)];
        Objects = objects;
        Bodies = bodies;
        StructuredText = structuredText;
        Diagnostics = diagnostics;
    }

    /// <summary>The path shown in diagnostics.</summary>
    public string Path { get; }

    public VendorFormat Format { get; }

    public EncodedText File { get; }

    /// <summary>The file's text (after the byte-order mark), named by <see cref="Path"/>.</summary>
    public SourceText Original { get; }

    public IReadOnlyList<EmbeddedRegion> Regions { get; }

    public IReadOnlyList<VendorObject> Objects { get; }

    /// <summary>
    /// The names of the libraries the file references, as the site's library list wants them: <c>Tc2_Standard</c> from
    /// <c>Tc2_Standard, * (Beckhoff Automation GmbH)</c>, <c>Util</c> from a CODESYS 2.3 <c>Util.lib 18.5.10 14:14:28</c>.
    /// </summary>
    public IEnumerable<string> LibraryReferences =>
        Objects.Where(o => o.Kind == "Library")
            .Select(o => o.Name.Split(',')[0].Trim())
            .Select(name => name.EndsWith(".library", StringComparison.OrdinalIgnoreCase) ? name[..^".library".Length]
                : name.EndsWith(".lib", StringComparison.OrdinalIgnoreCase) ? name[..^".lib".Length] : name)
            .Where(name => name.Length > 0);

    public IReadOnlyList<CodeBody> Bodies { get; }

    /// <summary>The ST the language core reads (null when the file holds no ST, e.g. a .plcproj).</summary>
    public StView? StructuredText { get; }

    /// <summary>Problems met while reading: bad XML, a wrong namespace, an unknown schema version.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The file written back from the model: the text between regions as read, each region written from its code,
    /// encoded as the file was. Equal to the original bytes unless decoding lost something (then <c>formats verify</c> says where).
    /// </summary>
    public byte[] WriteBack()
    {
        var text = new StringBuilder(Original.Length);
        var at = 0;
        foreach (var region in Regions)
        {
            text.Append(Original.Text, at, region.Start - at);
            text.Append(Render(region, region.Content));
            at = region.End;
        }

        text.Append(Original.Text, at, Original.Length - at);
        return File.Encode(text.ToString());
    }

    /// <summary>
    /// The file with one region's code replaced. Only the characters that differ are rewritten (escaped as the region is
    /// quoted); every other byte stays as it was.
    /// </summary>
    public byte[] WithRegionContent(EmbeddedRegion region, string content)
    {
        var raw = Original.Text.AsSpan(region.Start, region.Length);
        var old = region.Content;
        var prefix = 0;
        while (prefix < old.Length && prefix < content.Length && old[prefix] == content[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < content.Length - prefix && old[^(suffix + 1)] == content[^(suffix + 1)])
        {
            suffix++;
        }

        var middle = content.Substring(prefix, content.Length - prefix - suffix);
        string newRaw;
        switch (region.Quoting)
        {
            case RegionQuoting.XmlEscaped:
                _ = XmlEscaping.Unescape(raw, out var offsets);
                newRaw = string.Concat(raw[..offsets[prefix]], XmlEscaping.Escape(middle), raw[offsets[old.Length - suffix]..]);
                break;
            case RegionQuoting.Cdata when content.Contains("]]>", StringComparison.Ordinal):
                newRaw = XmlEscaping.ForCdata(content);
                break;
            default:
                newRaw = string.Concat(raw[..prefix], middle, raw[(old.Length - suffix)..]);
                break;
        }

        return File.Encode(string.Concat(Original.Text.AsSpan(0, region.Start), newRaw, Original.Text.AsSpan(region.End)));
    }

    /// <summary>
    /// Applies an edit made to the ST view (e.g. by a rewrite on the syntax tree) to the file. Refused with a reason
    /// when the edit reaches outside one region's code, e.g. it would change a generated END_METHOD.
    /// </summary>
    public byte[]? EditStructuredText(int viewStart, int viewLength, string replacement, out string? problem)
    {
        var piece = StructuredText?.Pieces.FirstOrDefault(p => p.ViewStart <= viewStart && viewStart + viewLength <= p.ViewEnd);
        if (piece is null)
        {
            problem = $"the edit at {StructuredText?.Text.GetLinePosition(viewStart)} is not inside one piece of ST code of {Path}";
            return null;
        }

        problem = null;
        var local = viewStart - piece.ViewStart;
        var content = string.Concat(piece.Region.Content.AsSpan(0, local), replacement, piece.Region.Content.AsSpan(local + viewLength));
        return WithRegionContent(piece.Region, content);
    }

    /// <summary>The file as read again after <see cref="EditStructuredText"/>: its ST view then holds the edit.</summary>
    public VendorDocument? WithStructuredTextEdit(int viewStart, int viewLength, string replacement, out string? problem) =>
        EditStructuredText(viewStart, viewLength, replacement, out problem) is { } bytes ? VendorFiles.Read(bytes, Format, Path) : null;

    private string Render(EmbeddedRegion region, string content)
    {
        if (region.Quoting != RegionQuoting.XmlEscaped)
        {
            return region.Quoting == RegionQuoting.Cdata ? XmlEscaping.ForCdata(content) : content;
        }

        // Escaped text may spell a character several ways (&apos; or '): keep the file's spelling when the code is unchanged.
        var raw = Original.Text.Substring(region.Start, region.Length);
        return XmlEscaping.Unescape(raw, out _) == content ? raw : XmlEscaping.Escape(content);
    }
}
