using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Safety.Configuration;

namespace PlcFleet.Verification.Tests.Safety;

public sealed class SafetyVerifierTests
{
    private const string Estop = """
        VAR_GLOBAL
            EStop_Ok   AT %IX0.0 : BOOL;
            Btn_Run    AT %IX0.1 : BOOL;
            HMI_Bypass : BOOL;
            Motor_K1   AT %QX0.0 : BOOL;
        END_VAR
        PROGRAM PRG_Main
        Motor_K1 := Btn_Run AND EStop_Ok;
        END_PROGRAM
        """;

    [Fact]
    public async Task Bypassed_estop_fails_the_change_with_file_and_line()
    {
        using var site = new TempSite().With("src/Main.st", Estop);
        site.Change("src/Main.st", Estop.Replace("Btn_Run AND EStop_Ok;", "Btn_Run AND (EStop_Ok OR HMI_Bypass);", StringComparison.Ordinal));
        var context = new VerificationContext(site.Workspace, site.Baseline);
        var verifier = new SafetyVerifier();

        var result = await verifier.RunAsync(context, CancellationToken.None);

        Assert.True(verifier.IsActive(context));
        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "SAF002");
        Assert.Equal("src/Main.st", finding.File);
        Assert.Equal(8, finding.Line);
    }

    [Fact]
    public async Task Certified_file_from_the_fleet_must_keep_its_checksum()
    {
        using var site = new TempSite().With("src/Main.st", Estop);
        site.Change("src/Main.st", Estop + "\n// reviewed\n");
        var certified = new CertifiedFile("src/Main.st", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Estop))));

        var result = await new SafetyVerifier([certified]).RunAsync(new VerificationContext(site.Workspace, site.Baseline), CancellationToken.None);

        Assert.Contains(result.Findings, f => f.RuleId == "SAF001");
    }

    [Fact]
    public void Misspelt_safety_key_is_reported_with_its_position()
    {
        var problems = new List<ConfigProblem>();
        var config = SafetyConfigReader.Parse("plc_folders: [src]\nsafety:\n  varaibles: [\"*EStop*\"]\n  pous: [PRG_Main]\n", "plcfleet.yaml", problems);

        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("varaibles", problem.Message, StringComparison.Ordinal);
        Assert.True(config.Pous.Single().Matches("prg_main"));
    }
}
