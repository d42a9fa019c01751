using PlcFleet.Formats.Projects;

namespace PlcFleet.Formats.Tests.Vendor;

public sealed class VendorProjectLoaderTests
{
    private const string PlcProj = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
          <ItemGroup>
            <Compile Include="POUs\FB_Conveyor.TcPOU">
              <SubType>Code</SubType>
            </Compile>
            <Compile Include="POUs\MAIN.TcPOU">
              <SubType>Code</SubType>
            </Compile>
          </ItemGroup>
          <ItemGroup>
            <PlaceholderReference Include="Tc2_Standard">
              <DefaultResolution>Tc2_Standard, * (Beckhoff Automation GmbH)</DefaultResolution>
            </PlaceholderReference>
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void A_TwinCAT_site_loads_the_files_its_plcproj_lists_and_reports_a_missing_one()
    {
        using var site = new SiteFolder()
            .With("PLC/PLC.plcproj", PlcProj)
            .With("PLC/POUs/FB_Conveyor.TcPOU", VendorSamples.ConveyorTcPou)
            .With("PLC/POUs/Old_Unused.TcPOU", VendorSamples.ConveyorTcPou.Replace("FB_Conveyor", "FB_Old", StringComparison.Ordinal).Replace("bMotorOn := FALSE;", "bMotorOn := ;", StringComparison.Ordinal));

        var project = PlcProjectLoader.Load(site.Root, site.Root);

        var file = Assert.Single(project.Files);
        Assert.Equal("PLC/POUs/FB_Conveyor.TcPOU", file.RelativePath);
        Assert.NotNull(file.Vendor);
        var missing = Assert.Single(project.LoadDiagnostics);
        Assert.Equal(FormatDiagnostics.MissingProjectFile, missing.Code);
        Assert.Equal("PLC/PLC.plcproj:7:6: error PF0105: the project lists 'POUs/MAIN.TcPOU' but the file does not exist", missing.ToString());
        Assert.DoesNotContain(project.GetDiagnostics(), d => d.IsError && d.Code != FormatDiagnostics.MissingProjectFile);
    }

    [Fact]
    public void The_plcproj_library_references_and_plcfleet_yaml_libraries_are_the_project_s_libraries()
    {
        var plcproj = PlcProj.Replace("""<PlaceholderReference Include="Tc2_Standard">""", """
            <PlaceholderReference Include="Tc2_System" />
            <LibraryReference Include="Tc3_Module, 3.3.21.0 (Beckhoff Automation GmbH)" />
            <PlaceholderReference Include="Tc2_Standard">
            """, StringComparison.Ordinal);
        var conveyor = VendorSamples.ConveyorTcPou.Replace("bMotorOn := FALSE;", "bMotorOn := FALSE;\nMEMSET(ADR(_nSpeed), 0, SIZEOF(_nSpeed));\nhr := FW_SafeRelease(0);", StringComparison.Ordinal);
        using var site = new SiteFolder()
            .With("plcfleet.yaml", "libraries: [Util]\n")
            .With("PLC/PLC.plcproj", plcproj)
            .With("PLC/POUs/FB_Conveyor.TcPOU", conveyor)
            .With("PLC/POUs/MAIN.TcPOU", VendorSamples.ConveyorTcPou.Replace("FB_Conveyor", "MAIN_Unused", StringComparison.Ordinal));

        var project = PlcProjectLoader.Load(site.Root, site.Root);

        Assert.Equal(["Tc2_System", "Tc3_Module", "Tc2_Standard", "Util"], project.Libraries.Declared);
        var diagnostics = project.GetDiagnostics();
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(["'FW_SafeRelease'", "'hr'"], diagnostics.Where(d => d.Code == "ST2050").Select(d => d.Message.Split(' ')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Vendor_files_of_every_format_compile_as_one_project()
    {
        using var site = new SiteFolder()
            .With("twincat/FB_Conveyor.TcPOU", VendorSamples.ConveyorTcPou)
            .With("codesys/line3.xml", VendorSamples.GuardPlcOpen())
            .With("rockwell/Packer.L5X", VendorSamples.PackagingL5x)
            .With("config/settings.xml", "<settings><speed>5</speed></settings>");

        var project = PlcProjectLoader.Load(site.Root, site.Root);

        Assert.Equal(["codesys/line3.xml", "rockwell/Packer.L5X", "twincat/FB_Conveyor.TcPOU"], project.Files.Select(f => f.RelativePath));
        Assert.DoesNotContain(project.GetDiagnostics(), d => d.IsError);
    }
}
