using System.Globalization;
using System.Text;

namespace PlcFleet.Benchmarks;

/// <summary>
/// A controller-sized L5X export: UDTs, controller tags, and programs with program tags (timers with decorated data),
/// an ST routine of conveyor logic (one CDATA per line, as Studio 5000 writes it) and a ladder routine.
/// </summary>
public static class L5xGenerator
{
    public static byte[] Generate(int targetBytes)
    {
        var text = new StringBuilder(targetBytes + 100_000);
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        text.Append("<RSLogix5000Content SchemaRevision=\"1.0\" SoftwareRevision=\"33.01\" TargetName=\"Plant\" TargetType=\"Controller\" ContainsContext=\"false\">\r\n");
        text.Append("<Controller Use=\"Target\" Name=\"Plant\" ProcessorType=\"1756-L85E\" MajorRev=\"33\" MinorRev=\"11\">\r\n<DataTypes>\r\n");
        for (var t = 0; t < 200; t++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<DataType Name=\"UDT_Drive{t}\" Family=\"NoFamily\" Class=\"User\">\r\n<Members>\r\n");
            text.Append(CultureInfo.InvariantCulture, $"<Member Name=\"ZZZZZZZZZZUDT_Drive{t}0\" DataType=\"SINT\" Dimension=\"0\" Radix=\"Decimal\" Hidden=\"true\" ExternalAccess=\"Read/Write\"/>\r\n");
            text.Append(CultureInfo.InvariantCulture, $"<Member Name=\"Run\" DataType=\"BIT\" Dimension=\"0\" Radix=\"Decimal\" Hidden=\"false\" Target=\"ZZZZZZZZZZUDT_Drive{t}0\" BitNumber=\"0\" ExternalAccess=\"Read/Write\"/>\r\n");
            text.Append("<Member Name=\"SpeedRef\" DataType=\"REAL\" Dimension=\"0\" Radix=\"Float\" Hidden=\"false\" ExternalAccess=\"Read/Write\"/>\r\n</Members>\r\n</DataType>\r\n");
        }

        text.Append("</DataTypes>\r\n<Tags>\r\n");
        for (var g = 0; g < 2000; g++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<Tag Name=\"G_EStop{g}\" TagType=\"Base\" DataType=\"BOOL\" Radix=\"Decimal\" Constant=\"false\" ExternalAccess=\"Read/Write\">\r\n<Description>\r\n<![CDATA[e-stop chain {g}]]>\r\n</Description>\r\n</Tag>\r\n");
        }

        text.Append("</Tags>\r\n<Programs>\r\n");
        for (var p = 0; text.Length < targetBytes - 200; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<Program Name=\"Line{p}\" TestEdits=\"false\" MainRoutineName=\"Main\" Disabled=\"false\" UseAsFolder=\"false\">\r\n<Tags>\r\n");
            for (var i = 0; i < 20; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"<Tag Name=\"Run{i}\" TagType=\"Base\" DataType=\"BOOL\" Radix=\"Decimal\" Constant=\"false\" ExternalAccess=\"Read/Write\"/>\r\n");
                text.Append(CultureInfo.InvariantCulture, $"<Tag Name=\"Jam{i}\" TagType=\"Base\" DataType=\"TIMER\" Constant=\"false\" ExternalAccess=\"Read/Write\">\r\n<Data Format=\"L5K\">\r\n<![CDATA[[0,4000,0]]]>\r\n</Data>\r\n<Data Format=\"Decorated\">\r\n<Structure DataType=\"TIMER\">\r\n<DataValueMember Name=\"PRE\" DataType=\"DINT\" Radix=\"Decimal\" Value=\"4000\"/>\r\n<DataValueMember Name=\"ACC\" DataType=\"DINT\" Radix=\"Decimal\" Value=\"0\"/>\r\n<DataValueMember Name=\"DN\" DataType=\"BOOL\" Value=\"0\"/>\r\n</Structure>\r\n</Data>\r\n</Tag>\r\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"<Tag Name=\"Drive\" TagType=\"Base\" DataType=\"UDT_Drive{p % 200}\" Constant=\"false\" ExternalAccess=\"Read/Write\"/>\r\n</Tags>\r\n<Routines>\r\n<Routine Name=\"Main\" Type=\"ST\">\r\n<STContent>\r\n");
            var line = 0;
            for (var i = 0; i < 20; i++)
            {
                foreach (var code in new[]
                {
                    $"// conveyor {i}: runs with the e-stop chain healthy and no jam",
                    $"IF G_EStop{p % 2000} AND NOT Jam{i}.DN THEN",
                    $"    Run{i} := Run{i} OR Drive.Run;",
                    "ELSE",
                    $"    Run{i} := 0;",
                    "END_IF;",
                })
                {
                    text.Append(CultureInfo.InvariantCulture, $"<Line Number=\"{line++}\">\r\n<![CDATA[{code}]]>\r\n</Line>\r\n");
                }
            }

            text.Append("</STContent>\r\n</Routine>\r\n<Routine Name=\"Jams\" Type=\"RLL\">\r\n<RLLContent>\r\n");
            for (var i = 0; i < 20; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"<Rung Number=\"{i}\" Type=\"N\">\r\n<Comment>\r\n<![CDATA[jam timer {i}]]>\r\n</Comment>\r\n<Text>\r\n<![CDATA[XIC(Run{i})[XIC(G_EStop{i}),XIO(Drive.Run)]TON(Jam{i},?,?);]]>\r\n</Text>\r\n</Rung>\r\n");
            }

            text.Append("</RLLContent>\r\n</Routine>\r\n</Routines>\r\n</Program>\r\n");
        }

        text.Append("</Programs>\r\n</Controller>\r\n</RSLogix5000Content>\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
