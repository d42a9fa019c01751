namespace PlcFleet.Fleet.Tests.TestData;

/// <summary>A small packaging/assembly fleet written to a temp folder, with site repositories as folders of ST files.</summary>
public static class FleetFiles
{
    public const string FleetYaml = """
        fleet: acme-packaging
        waves:
          - name: pilot
            gate: all_deployed
          - name: early
          - name: general
        sites:
          - id: lyon-l1
            name: Lyon packaging line 1
            repository: sites/lyon-l1
            vendor: codesys
            firmware: 3.5.17
            line_status: maintenance
            maintenance_windows:
              - { day: Sat, start: "06:00", end: "14:00" }
            wave: pilot
            tags: [packaging, dual-channel]
          - id: lyon-l2
            name: Lyon packaging line 2 (already migrated)
            repository: sites/lyon-l2
            vendor: codesys
            firmware: 3.5.19
            line_status: running
            wave: early
            tags: [packaging]
          - id: porto-l1
            name: Porto cartoner (old firmware)
            repository: sites/porto-l1
            vendor: codesys
            firmware: 3.4.9
            line_status: stopped
            wave: early
            tags: [packaging]
          - id: gent-a1
            name: Gent assembly cell
            repository: sites/gent-a1
            vendor: twincat
            dialect: iec
            firmware: 3.10.2
            line_status: maintenance
            wave: general
            tags: [assembly]
          - id: brno-l3
            name: Brno palletiser (Siemens)
            repository: sites/brno-l3
            vendor: siemens
            firmware: V17
            line_status: maintenance
            wave: general
            tags: [packaging]
          - id: turin-l4
            name: Turin wrapper (certified guard)
            repository: sites/turin-l4
            vendor: codesys
            firmware: 3.5.16
            line_status: maintenance
            certified_files:
              - { path: src/Safety/Guards.st, sha256: CERTIFIED_SHA }
            wave: general
            tags: [packaging]
          - id: lille-l5
            name: Lille tray sealer (repository not cloned)
            repository: sites/lille-l5
            vendor: codesys
            firmware: 3.5.18
            line_status: maintenance
            wave: general
            tags: [packaging]
        """;

    /// <summary>Writes fleet.yaml and the site folders; returns the fleet.yaml path.</summary>
    public static string WriteFleet(TempFolder folder)
    {
        folder.Write("sites/lyon-l1/src/PRG_Guards.st", PlcCode.GuardHandWritten);
        folder.Write("sites/lyon-l1/src/PRG_Conveyor.st", PlcCode.Conveyor);
        folder.Write("sites/lyon-l1/src/PRG_EStop.st", PlcCode.EStop);
        folder.Write("sites/lyon-l2/src/PRG_Guards.st", PlcCode.GuardMigrated);
        folder.Write("sites/lyon-l2/src/PRG_Conveyor.st", PlcCode.Conveyor);
        folder.Write("sites/porto-l1/src/PRG_Guards.st", PlcCode.GuardHandWritten);
        folder.Write("sites/gent-a1/src/PRG_Guards.st", PlcCode.GuardHandWritten);
        folder.Write("sites/brno-l3/src/FB_Guard.scl", PlcCode.SclGuard);
        var certified = folder.Write("sites/turin-l4/src/Safety/Guards.st", PlcCode.GuardHandWritten);
        folder.Write("sites/turin-l4/src/PRG_Conveyor.st", PlcCode.Conveyor);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(certified)));
        return folder.Write("fleet.yaml", FleetYaml.Replace("CERTIFIED_SHA", sha, StringComparison.Ordinal));
    }
}
