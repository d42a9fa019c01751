using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>
/// The ST of one object of a vendor file as an engineer reads it: a POU's declaration, a method's body, an L5X
/// routine (its <c>Line</c> elements joined), one CODESYS export object; each line with the line of the vendor file it
/// sits on, so a diff or a listing of the ST speaks in the file's own line numbers.
/// </summary>
/// <param name="Owner">The object, as the regions name it: <c>FB_Infeed.M_Start</c>, <c>MainProgram/Infeed</c>.</param>
/// <param name="Lines">The code's lines without line breaks.</param>
/// <param name="FileLines">For each of <paramref name="Lines"/>, its 1-based line in the vendor file.</param>
public sealed record StSection(string Owner, RegionKind Kind, IReadOnlyList<string> Lines, IReadOnlyList<int> FileLines)
{
    /// <summary>What a reviewer calls the section: <c>FB_Infeed (declaration)</c>, <c>MainProgram/Infeed (body)</c>.</summary>
    public string Title => Kind switch
    {
        RegionKind.StDeclaration => $"{Owner} (declaration)",
        RegionKind.StBody => $"{Owner} (body)",
        _ => Owner,
    };

    public string Text => string.Join('\n', Lines);

    /// <summary>The ST sections of a file in file order: regions of the same object and kind (an L5X routine's lines) form one section.</summary>
    public static IReadOnlyList<StSection> Of(VendorDocument document)
    {
        var sections = new List<(string Owner, RegionKind Kind, List<string> Lines, List<int> FileLines)>();
        var byObject = new Dictionary<(string, RegionKind), int>();
        foreach (var region in document.Regions.Where(r => r.Kind is RegionKind.StDeclaration or RegionKind.StBody or RegionKind.StObjects))
        {
            if (!byObject.TryGetValue((region.Owner, region.Kind), out var index))
            {
                index = sections.Count;
                byObject[(region.Owner, region.Kind)] = index;
                sections.Add((region.Owner, region.Kind, [], []));
            }

            // Escaped text: an entity is longer in the file than in the code, so code offsets go through the entity map.
            int[]? rawOffsets = null;
            if (region.Quoting == RegionQuoting.XmlEscaped)
            {
                _ = XmlEscaping.Unescape(document.Original.Text.AsSpan(region.Start, region.Length), out rawOffsets);
            }

            var section = sections[index];
            var at = 0;
            foreach (var line in region.Content.Split('\n'))
            {
                section.Lines.Add(line.TrimEnd('\r'));
                var fileOffset = region.Start + (rawOffsets is null ? at : rawOffsets[Math.Min(at, rawOffsets.Length - 1)]);
                section.FileLines.Add(document.Original.GetLinePosition(fileOffset).Line);
                at += line.Length + 1;
            }
        }

        return [.. sections.Select(s => new StSection(s.Owner, s.Kind, s.Lines, s.FileLines))];
    }
}
