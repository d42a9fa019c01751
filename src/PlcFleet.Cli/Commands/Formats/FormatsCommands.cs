using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PlcFleet.Cli.Output;
using PlcFleet.Formats.Vendor;

namespace PlcFleet.Cli.Commands.Formats;

/// <summary><c>plcfleet formats verify PATH</c>: do the vendor project files under PATH survive a read and write-back byte for byte?</summary>
public static class FormatsCommands
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A vendor file or a folder searched recursively" };
        var format = new Option<DiagnosticFormat>("--format", "-f")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
        };
        var verify = new Command("verify", "Read and write back every TwinCAT, PLCopen XML, CODESYS .EXP, L5X/L5K and Siemens source file in memory; report files whose bytes would change") { path, format };
        verify.SetAction(parse => Verify(parse.GetValue(path)!, parse.GetValue(format)));
        return new Command("formats", "Vendor project files (TwinCAT, PLCopen XML, CODESYS 2.3 export, Rockwell L5X/L5K, Siemens .udt/.db/.awl)") { verify };
    }

    public static int Verify(string path, DiagnosticFormat format)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.Error.WriteLine($"plcfleet formats verify: '{path}' does not exist");
            return ExitCodes.UsageError;
        }

        var results = FormatsVerifier.Verify(path, Directory.GetCurrentDirectory());
        var supported = results.Where(r => r.IsSupported).ToList();
        if (format == DiagnosticFormat.Json)
        {
            WriteJson(results);
        }
        else
        {
            WriteText(results, supported);
        }

        if (supported.Count == 0)
        {
            Console.Error.WriteLine($"plcfleet formats verify: no supported vendor files under '{path}'");
            return ExitCodes.UsageError;
        }

        return supported.All(r => r.IsIdentical) ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static void WriteText(IReadOnlyList<RoundTrip> results, List<RoundTrip> supported)
    {
        foreach (var result in results)
        {
            if (!result.IsSupported)
            {
                Console.WriteLine($"{result.Path}: unsupported");
            }
            else if (!result.IsIdentical)
            {
                Console.WriteLine($"{result.Path}: differs at byte {result.FirstDifference} after write-back ({result.Format})");
            }

            foreach (var diagnostic in result.ReadDiagnostics)
            {
                Console.WriteLine($"  {diagnostic}");
            }
        }

        foreach (var group in supported.GroupBy(r => r.Format))
        {
            var bodies = group.Sum(r => r.StBodies);
            var clean = bodies - group.Sum(r => r.StBodiesWithSyntaxErrors);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key}: {group.Count()} file(s), {group.Count(r => r.IsIdentical)} byte-identical; {bodies} ST bodies, {clean} without syntax errors"));
        }

        Console.WriteLine($"formats verify: {supported.Count(r => r.IsIdentical)}/{supported.Count} supported file(s) round-trip byte for byte, {results.Count - supported.Count} unsupported");
    }

    private static void WriteJson(IReadOnlyList<RoundTrip> results)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("path", result.Path);
                json.WriteString("format", result.Format?.ToString());
                json.WriteString("status", !result.IsSupported ? "unsupported" : result.IsIdentical ? "identical" : "differs");
                if (result.FirstDifference is { } offset)
                {
                    json.WriteNumber("firstDifference", offset);
                }

                json.WriteNumber("stBodies", result.StBodies);
                json.WriteNumber("stBodiesWithSyntaxErrors", result.StBodiesWithSyntaxErrors);
                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in result.ReadDiagnostics)
                {
                    json.WriteStringValue(diagnostic.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteBoolean("allRoundTrip", results.Where(r => r.IsSupported).All(r => r.IsIdentical));
            json.WriteEndObject();
        }

        Console.WriteLine();
    }
}
