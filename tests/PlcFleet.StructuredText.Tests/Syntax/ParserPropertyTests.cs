using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;
using static PlcFleet.StructuredText.Tests.Syntax.SyntaxTestHelpers;

namespace PlcFleet.StructuredText.Tests.Syntax;

/// <summary>
/// Whatever the input (random text, or realistic programs with deletions, truncations and inserted garbage),
/// the parser finishes quickly, round-trips the text and keeps every diagnostic inside it.
/// </summary>
public sealed class ParserPropertyTests
{
    private static readonly string[] Programs = Directory.EnumerateFiles(GoldenDirectory())
        .Where(path => path.EndsWith(".st", StringComparison.Ordinal) || path.EndsWith(".scl", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly string[] Fragments =
    [
        "IF", "THEN", "END_IF", ";", ":=", "(*", "*)", "'", "\"", "{", "}", "CASE", "OF", ":", "..", "END_VAR", "VAR", "(", ")", "[", "]",
        "#", "%IX", "T#", "16#", "S=", "=>", "NOT", ".", ",", "\n", "\r\n", "\0", "END_FUNCTION_BLOCK", "METHOD", "REGION", "BEGIN",
    ];

    private static bool ParsesSafely(string text, Dialect dialect)
    {
        SyntaxTree? tree = null;
        var finished = Task.Run(() => tree = SyntaxTree.Parse(new SourceText(text), dialect)).Wait(TimeSpan.FromSeconds(20));
        Assert.True(finished, "the parser did not finish: it hangs on this input");
        Assert.Equal(text, tree!.ToFullString());
        AssertSpansAreContiguous(tree);
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Random_text_round_trips(string? text) => ParsesSafely(text ?? string.Empty, Dialect.Codesys);

    [Property(MaxTest = 200)]
    public bool Random_text_round_trips_as_SCL(string? text) => ParsesSafely(text ?? string.Empty, Dialect.Scl);

    [Property(MaxTest = 300)]
    public bool Truncated_programs_round_trip(NonNegativeInt program, NonNegativeInt cut)
    {
        var text = Programs[program.Get % Programs.Length];
        return ParsesSafely(text[..(cut.Get % (text.Length + 1))], Dialect.Codesys);
    }

    [Property(MaxTest = 300)]
    public bool Programs_with_a_deleted_range_round_trip(NonNegativeInt program, NonNegativeInt start, NonNegativeInt length)
    {
        var text = Programs[program.Get % Programs.Length];
        var from = start.Get % (text.Length + 1);
        var count = Math.Min(length.Get % 40, text.Length - from);
        return ParsesSafely(text.Remove(from, count), Dialect.Codesys);
    }

    [Property(MaxTest = 300)]
    public bool Programs_with_inserted_garbage_round_trip(NonNegativeInt program, NonNegativeInt position, string? garbage)
    {
        var text = Programs[program.Get % Programs.Length];
        return ParsesSafely(text.Insert(position.Get % (text.Length + 1), garbage ?? string.Empty), Dialect.Iec);
    }

    [Property(MaxTest = 300)]
    public bool Programs_with_inserted_keywords_and_punctuation_round_trip(NonNegativeInt program, NonNegativeInt[] edits)
    {
        var text = Programs[program.Get % Programs.Length];
        foreach (var edit in edits.Take(8))
        {
            text = text.Insert(edit.Get % (text.Length + 1), " " + Fragments[edit.Get % Fragments.Length] + " ");
        }

        return ParsesSafely(text, Dialect.Codesys);
    }

    [Property(MaxTest = 100)]
    public Property Token_soup_round_trips() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Fragments.Concat(["x", "1", "PROGRAM P", "END_PROGRAM", " "]).ToArray())).Select(parts => string.Concat(parts)).ToArbitrary(),
            text => ParsesSafely(text, Dialect.Codesys));
}
