#!/usr/bin/env python3
"""Writes the safety mutation corpus (Mutations/<base>/<case>/before.st, after.st, expect.yaml) from the base
programs below and textual edits. Re-run after editing; every edit must match its base exactly once."""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Mutations")

GUARD = """// Case packer infeed: guard door -B1 (two NC channels), e-stop chain, conveyor contactor -K1.
VAR_GLOBAL
    EStop_Ok          AT %IX0.0 : BOOL;   // e-stop chain healthy
    GuardDoor_Ch1     AT %IX0.1 : BOOL;   // guard door -B1 channel 1, TRUE = closed
    GuardDoor_Ch2     AT %IX0.2 : BOOL;   // guard door -B1 channel 2, TRUE = closed
    Btn_Reset         AT %IX0.3 : BOOL;
    Btn_Start         AT %IX0.4 : BOOL;
    Btn_Stop          AT %IX0.5 : BOOL;
    Product_PE        AT %IX1.0 : BOOL;   // photo-eye at the infeed
    Conveyor_Motor_K1 AT %QX0.0 : BOOL;   // conveyor contactor
    Lamp_Running      AT %QX0.2 : BOOL;
    Lamp_Reset        AT %QX0.3 : BOOL;
    HMI_Jog           : BOOL;             // jog request from the HMI panel
    HMI_Simulation    : BOOL;
    Modbus_HoldingRegs : ARRAY[0..31] OF WORD;
    Safety_Release    : BOOL;
    Packs_Count       : INT;
END_VAR

PROGRAM PRG_Safety
VAR
    tonDiscrepancy    : TON;     // both channels must agree within 500 ms
    rtReset           : R_TRIG;
    Discrepancy_Fault : BOOL;
    Guard_Closed      : BOOL;
    Reset_Required    : BOOL := TRUE;
END_VAR
// Discrepancy check between the two channels of -B1
tonDiscrepancy(IN := GuardDoor_Ch1 XOR GuardDoor_Ch2, PT := T#500MS);
IF tonDiscrepancy.Q THEN
    Discrepancy_Fault := TRUE;
END_IF;
Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;

rtReset(CLK := Btn_Reset);
IF NOT (EStop_Ok AND Guard_Closed) THEN
    Reset_Required := TRUE;
ELSIF rtReset.Q THEN
    Reset_Required := FALSE;
    Discrepancy_Fault := FALSE;
END_IF;
Safety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;
Lamp_Reset := Reset_Required;
END_PROGRAM

PROGRAM PRG_Line
VAR
    Running      : BOOL;
    tonStartWarn : TON;      // horn 2 s before the conveyor moves
    rtPack       : R_TRIG;
END_VAR
IF Btn_Stop OR NOT Safety_Release THEN
    Running := FALSE;
ELSIF Btn_Start THEN
    Running := TRUE;
END_IF;
tonStartWarn(IN := Running, PT := T#2S);
Conveyor_Motor_K1 := Running AND tonStartWarn.Q AND Safety_Release;
Lamp_Running := Conveyor_Motor_K1;
rtPack(CLK := Product_PE);
IF rtPack.Q THEN
    Packs_Count := Packs_Count + 1;
END_IF;
END_PROGRAM
"""

CURTAIN = """// Pallet outfeed: light curtain -F1 with muting, e-stop, outfeed conveyor -K2.
VAR_GLOBAL
    EStop_Chain_OK     AT %IX0.0 : BOOL;
    LightCurtain_OSSD1 AT %IX0.1 : BOOL;
    LightCurtain_OSSD2 AT %IX0.2 : BOOL;
    Muting_Sensor_A    AT %IX0.3 : BOOL;
    Muting_Sensor_B    AT %IX0.4 : BOOL;
    Btn_Reset          AT %IX0.5 : BOOL;
    Pallet_Present     AT %IX0.6 : BOOL;
    Outfeed_Motor_K2   AT %QX0.0 : BOOL;
    Muting_Lamp        AT %QX0.1 : BOOL;
    HMI_MutingOverride : BOOL;
    HMI_Speed          : REAL;
END_VAR

PROGRAM PRG_LightCurtain
VAR
    tonMutingMax      : TON;     // muting may last at most 10 s
    tonRestartDelay   : TON;     // conveyor restarts 1 s after the reset
    rtReset           : R_TRIG;
    Muting_Active     : BOOL;
    Curtain_Clear     : BOOL;
    Zone_Safe         : BOOL;
    Restart_Interlock : BOOL := TRUE;
END_VAR
Curtain_Clear := LightCurtain_OSSD1 AND LightCurtain_OSSD2;
tonMutingMax(IN := Muting_Sensor_A AND Muting_Sensor_B, PT := T#10S);
Muting_Active := Muting_Sensor_A AND Muting_Sensor_B AND Pallet_Present AND NOT tonMutingMax.Q;

rtReset(CLK := Btn_Reset);
IF NOT EStop_Chain_OK OR NOT (Curtain_Clear OR Muting_Active) THEN
    Restart_Interlock := TRUE;
ELSIF rtReset.Q THEN
    Restart_Interlock := FALSE;
END_IF;
Zone_Safe := EStop_Chain_OK AND (Curtain_Clear OR Muting_Active) AND NOT Restart_Interlock;
tonRestartDelay(IN := Zone_Safe, PT := T#1S);
Outfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q;
Muting_Lamp := Muting_Active;
END_PROGRAM
"""

CONVEYOR = """// Transfer conveyor between wrapper and palletizer: downstream interlocks, contactor feedback, trip counter.
VAR_GLOBAL
    EStop_OK                   AT %IX0.0 : BOOL;
    Interlock_Downstream_Ready AT %IX0.1 : BOOL;   // palletizer ready to accept
    Interlock_Transfer_Clear   AT %IX0.2 : BOOL;   // transfer table in home position
    Btn_Start                  AT %IX0.3 : BOOL;
    Btn_Stop                   AT %IX0.4 : BOOL;
    Btn_Reset                  AT %IX0.5 : BOOL;
    Transfer_Motor_FB          AT %IX1.0 : BOOL;   // -K3 auxiliary contact
    Transfer_Motor_K3          AT %QX0.0 : BOOL;
    Lamp_Fault                 AT %QX0.1 : BOOL;
    HMI_ManualMode             : BOOL;
    Alarm_Count                : INT;
END_VAR

FUNCTION_BLOCK FB_Motor
VAR_INPUT
    Enable       : BOOL;
    Run          : BOOL;
    Feedback     : BOOL;
    FeedbackTime : TIME;
    Reset        : BOOL;
END_VAR
VAR_OUTPUT
    Contactor : BOOL;
    Fault     : BOOL;
END_VAR
VAR
    tonFeedback : TON;
END_VAR
IF Reset THEN
    Fault := FALSE;
END_IF;
Contactor := Enable AND Run AND NOT Fault;
tonFeedback(IN := Contactor <> Feedback, PT := FeedbackTime);
IF tonFeedback.Q THEN
    Fault := TRUE;
    Contactor := FALSE;
END_IF;
END_FUNCTION_BLOCK

PROGRAM PRG_Transfer
VAR
    fbTransfer   : FB_Motor;
    rtReset      : R_TRIG;
    ctuTrips     : CTU;        // three feedback trips lock the conveyor out
    Run_Cmd      : BOOL;
    Interlock_OK : BOOL;
    Lockout      : BOOL;
END_VAR
rtReset(CLK := Btn_Reset);
Interlock_OK := EStop_OK AND Interlock_Downstream_Ready AND Interlock_Transfer_Clear;
IF Btn_Stop OR NOT Interlock_OK THEN
    Run_Cmd := FALSE;
ELSIF Btn_Start THEN
    Run_Cmd := TRUE;
END_IF;
ctuTrips(CU := fbTransfer.Fault, R := FALSE, PV := 3);
Lockout := ctuTrips.Q;
fbTransfer(Enable := Interlock_OK AND NOT Lockout, Run := Run_Cmd, Feedback := Transfer_Motor_FB,
           FeedbackTime := T#2S, Reset := rtReset.Q);
Transfer_Motor_K3 := fbTransfer.Contactor;
Lamp_Fault := fbTransfer.Fault OR Lockout;
IF fbTransfer.Fault THEN
    Alarm_Count := Alarm_Count + 1;
END_IF;
END_PROGRAM
"""

BASES = {"guard": GUARD, "curtain": CURTAIN, "conveyor": CONVEYOR}

def U(name, rules, description, edits, disguised=False):
    return (name, "unsafe", rules, description, edits, disguised)

def S(name, description, edits):
    return (name, "safe", [], description, edits, False)

CASES = {
"guard": [
    U("removed-channel", ["SAF002"], "second guard channel dropped from the guard condition",
      [("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := GuardDoor_Ch1 AND NOT Discrepancy_Fault;")]),
    U("swapped-input-hmi", ["SAF002", "SAF013"], "guard channel replaced by the HMI jog flag",
      [("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT", "Guard_Closed := GuardDoor_Ch1 AND HMI_Jog AND NOT")]),
    U("forced-guard", ["SAF002", "SAF004"], "guard status forced TRUE",
      [("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := TRUE;")]),
    U("or-true", ["SAF002", "SAF005"], "guard condition shorted with OR TRUE",
      [("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := (GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault) OR TRUE;")]),
    U("discrepancy-time-longer", ["SAF007"], "discrepancy time raised from 500 ms to 5 s",
      [("PT := T#500MS", "PT := T#5S")]),
    U("discrepancy-check-removed", ["SAF011", "SAF002"], "discrepancy timer and fault latch deleted",
      [("tonDiscrepancy(IN := GuardDoor_Ch1 XOR GuardDoor_Ch2, PT := T#500MS);\nIF tonDiscrepancy.Q THEN\n    Discrepancy_Fault := TRUE;\nEND_IF;\n", "")]),
    U("reset-without-edge", ["SAF012", "SAF002"], "reset acts on the button level, not its rising edge",
      [("ELSIF rtReset.Q THEN", "ELSIF Btn_Reset THEN"), ("rtReset(CLK := Btn_Reset);\n", "")]),
    U("commented-out-guard", ["SAF017", "SAF002"], "guard commented out of the release",
      [("Safety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;", "Safety_Release := EStop_Ok (* AND Guard_Closed *) AND NOT Reset_Required;")]),
    U("simulation-flag-skip", ["SAF006", "SAF002"], "release evaluation skipped in simulation mode",
      [("Safety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;", "IF NOT HMI_Simulation THEN\n    Safety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;\nEND_IF;")]),
    U("inverted-contact", ["SAF002"], "reset latch contact inverted",
      [("AND Guard_Closed AND NOT Reset_Required;", "AND Guard_Closed AND Reset_Required;")]),
    U("second-writer", ["SAF008", "SAF002"], "contactor also written from a new HMI program",
      [("END_IF;\nEND_PROGRAM\n", "END_IF;\nEND_PROGRAM\n\nPROGRAM PRG_Hmi\nIF HMI_Jog THEN\n    Conveyor_Motor_K1 := TRUE;\nEND_IF;\nEND_PROGRAM\n")]),
    U("retain-run-latch", ["SAF012"], "run latch made RETAIN",
      [("PROGRAM PRG_Line\nVAR\n    Running      : BOOL;\n", "PROGRAM PRG_Line\nVAR RETAIN\n    Running      : BOOL;\nEND_VAR\nVAR\n")]),
    U("write-to-input", ["SAF009", "SAF002"], "e-stop input overwritten in code",
      [("// Discrepancy check between the two channels of -B1\n", "EStop_Ok := TRUE;   // temporary for commissioning\n// Discrepancy check between the two channels of -B1\n")]),
    U("while-loop", ["SAF009"], "WHILE loop waiting for the door in safety code",
      [("rtReset(CLK := Btn_Reset);\nIF NOT", "WHILE NOT GuardDoor_Ch1 DO\n    Guard_Closed := FALSE;\nEND_WHILE;\nrtReset(CLK := Btn_Reset);\nIF NOT")]),
    U("pointer", ["SAF009"], "guard status written through a pointer",
      [("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    pGuard            : POINTER TO BOOL;\n"),
       ("Lamp_Reset := Reset_Required;\n", "Lamp_Reset := Reset_Required;\npGuard := ADR(Guard_Closed);\n")]),
    U("warning-disable", ["SAF014"], "compiler warnings switched off in safety code",
      [("PROGRAM PRG_Safety\n", "{warning disable C0371}\nPROGRAM PRG_Safety\n")]),
    U("io-remap", ["SAF015"], "second guard channel moved to a spare input",
      [("GuardDoor_Ch2     AT %IX0.2", "GuardDoor_Ch2     AT %IX0.7")]),
    U("same-channel-twice", ["SAF002", "SAF016"], "channel 1 read twice, channel 2 never",
      [("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT", "Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch1 AND NOT")]),
    U("start-warning-shorter", ["SAF007"], "start warning cut from 2 s to 200 ms",
      [("PT := T#2S", "PT := T#200MS")]),
    U("constant-bypass", ["SAF002", "SAF005"], "bypass through a named constant",
      [("    Reset_Required    : BOOL := TRUE;\nEND_VAR\n", "    Reset_Required    : BOOL := TRUE;\nEND_VAR\nVAR CONSTANT\n    GUARD_BYPASS : BOOL := TRUE;\nEND_VAR\n"),
       ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := (GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault) OR GUARD_BYPASS;")]),
    U("estop-dropped", ["SAF002"], "e-stop removed from release and reset condition",
      [("Safety_Release := EStop_Ok AND Guard_Closed", "Safety_Release := Guard_Closed"), ("IF NOT (EStop_Ok AND Guard_Closed) THEN", "IF NOT Guard_Closed THEN")]),
    U("motor-without-release", ["SAF002"], "contactor no longer needs the safety release",
      [("Conveyor_Motor_K1 := Running AND tonStartWarn.Q AND Safety_Release;", "Conveyor_Motor_K1 := Running AND tonStartWarn.Q;"), ("IF Btn_Stop OR NOT Safety_Release THEN", "IF Btn_Stop THEN")]),
    U("jog-path", ["SAF002", "SAF013"], "new jog path energises the contactor",
      [("Conveyor_Motor_K1 := Running AND tonStartWarn.Q AND Safety_Release;", "Conveyor_Motor_K1 := (Running AND tonStartWarn.Q AND Safety_Release) OR HMI_Jog;")]),
    # disguised
    U("helper-function-or", ["SAF002"], "channels combined with OR inside a helper function", [
      ("PROGRAM PRG_Safety\n", "FUNCTION DoorClosed : BOOL\nVAR_INPUT\n    A : BOOL;\n    B : BOOL;\nEND_VAR\nDoorClosed := A OR B;\nEND_FUNCTION\n\nPROGRAM PRG_Safety\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT", "Guard_Closed := DoorClosed(GuardDoor_Ch1, GuardDoor_Ch2) AND NOT")], True),
    U("helper-function-ignores-arg", ["SAF002"], "helper function silently ignores its second channel", [
      ("PROGRAM PRG_Safety\n", "FUNCTION BothClosed : BOOL\nVAR_INPUT\n    Ch1 : BOOL;\n    Ch2 : BOOL;\nEND_VAR\n// both channels closed\nBothClosed := Ch1;\nEND_FUNCTION\n\nPROGRAM PRG_Safety\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT", "Guard_Closed := BothClosed(Ch1 := GuardDoor_Ch1, Ch2 := GuardDoor_Ch2) AND NOT")], True),
    U("struct-member-alias", ["SAF002"], "guard status routed through a struct member that loses channel 2", [
      ("VAR_GLOBAL\n", "TYPE ST_Door :\nSTRUCT\n    Closed : BOOL;\n    Locked : BOOL;\nEND_STRUCT\nEND_TYPE\n\nVAR_GLOBAL\n"),
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Door              : ST_Door;\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Door.Closed := GuardDoor_Ch1;\nDoor.Locked := GuardDoor_Ch2;\nGuard_Closed := Door.Closed AND NOT Discrepancy_Fault;")], True),
    U("intermediate-variable-or", ["SAF002"], "channels OR-ed in an innocently named intermediate", [
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Door_State        : BOOL;\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Door_State := GuardDoor_Ch1 OR GuardDoor_Ch2;\nGuard_Closed := Door_State AND NOT Discrepancy_Fault;")], True),
    U("split-two-pous", ["SAF002"], "override computed in a new diagnostics program and OR-ed in", [
      ("    Packs_Count       : INT;\n", "    Packs_Count       : INT;\n    Diag_Override     : BOOL;\n"),
      ("PROGRAM PRG_Safety\n", "PROGRAM PRG_Diag\nDiag_Override := HMI_Jog AND NOT Btn_Stop;\nEND_PROGRAM\n\nPROGRAM PRG_Safety\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := (GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault) OR Diag_Override;")], True),
    U("split-two-cycles", ["SAF002"], "channel 2 taken from the previous cycle as well", [
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Ch2_Last          : BOOL;\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := GuardDoor_Ch1 AND (GuardDoor_Ch2 OR Ch2_Last) AND NOT Discrepancy_Fault;"),
      ("Lamp_Reset := Reset_Required;\n", "Lamp_Reset := Reset_Required;\nCh2_Last := GuardDoor_Ch2;\n")], True),
    U("de-morgan-disguise", ["SAF002"], "an OR written as NOT(NOT a AND NOT b)", [
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := NOT (NOT GuardDoor_Ch1 AND NOT GuardDoor_Ch2) AND NOT Discrepancy_Fault;")], True),
    U("sel-bypass", ["SAF002", "SAF013"], "SEL picks TRUE when the HMI jog flag is set", [
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := SEL(HMI_Jog, GuardDoor_Ch1 AND GuardDoor_Ch2, TRUE) AND NOT Discrepancy_Fault;")], True),
    U("preset-via-constant", ["SAF007"], "discrepancy time raised through a named constant", [
      ("    Reset_Required    : BOOL := TRUE;\nEND_VAR\n", "    Reset_Required    : BOOL := TRUE;\nEND_VAR\nVAR CONSTANT\n    T_DISCREPANCY : TIME := T#5S;   // per drawing\nEND_VAR\n"),
      ("PT := T#500MS", "PT := T_DISCREPANCY")], True),
    U("preset-via-arithmetic", ["SAF007"], "discrepancy time multiplied", [("PT := T#500MS", "PT := T#500MS * 10")], True),
    U("own-edge-never-updated", ["SAF002", "SAF012"], "hand-written reset edge whose memory is never updated", [
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Reset_Old         : BOOL;\n"),
      ("rtReset(CLK := Btn_Reset);\n", ""), ("ELSIF rtReset.Q THEN", "ELSIF Btn_Reset AND NOT Reset_Old THEN")], True),
    U("reference-alias", ["SAF002", "SAF009"], "guard status overwritten through a reference", [
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    refGuard          : REFERENCE TO BOOL;\n"),
      ("rtReset(CLK := Btn_Reset);\n", "refGuard REF= Guard_Closed;\nrefGuard := GuardDoor_Ch1;\nrtReset(CLK := Btn_Reset);\n")], True),
    U("latch-never-cleared", ["SAF002"], "guard memory latched once and never cleared", [
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Guard_Memory      : BOOL;\n"),
      ("rtReset(CLK := Btn_Reset);\nIF NOT (EStop_Ok AND Guard_Closed) THEN", "IF Guard_Closed THEN\n    Guard_Memory := TRUE;\nEND_IF;\nrtReset(CLK := Btn_Reset);\nIF NOT (EStop_Ok AND Guard_Memory) THEN"),
      ("Safety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;", "Safety_Release := EStop_Ok AND Guard_Memory AND NOT Reset_Required;")], True),
    U("array-copy-swap", ["SAF002", "SAF016"], "channels copied into an array, channel 1 twice", [
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Channels          : ARRAY[0..1] OF BOOL;\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Channels[0] := GuardDoor_Ch1;\nChannels[1] := GuardDoor_Ch1;\nGuard_Closed := Channels[0] AND Channels[1] AND NOT Discrepancy_Fault;")], True),
    U("modbus-override", ["SAF002", "SAF013"], "a magic Modbus register value overrides the guard", [
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Guard_Closed := (GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault) OR (Modbus_HoldingRegs[7] = 16#A5A5);")], True),
    U("case-state-bypass", ["SAF002"], "a new service state in a CASE energises the contactor", [
      ("Conveyor_Motor_K1 := Running AND tonStartWarn.Q AND Safety_Release;", "CASE Packs_Count OF\n    9999: Conveyor_Motor_K1 := TRUE;   // service run-out\nELSE\n    Conveyor_Motor_K1 := Running AND tonStartWarn.Q AND Safety_Release;\nEND_CASE;")], True),
    U("reset-clears-on-level-via-alias", ["SAF002", "SAF012"], "reset edge replaced by an alias of the button", [
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Reset_Request     : BOOL;\n"),
      ("rtReset(CLK := Btn_Reset);\n", "Reset_Request := Btn_Reset;\n"), ("ELSIF rtReset.Q THEN", "ELSIF Reset_Request THEN")], True),
    U("discrepancy-disabled-by-constant", ["SAF002", "SAF005"], "discrepancy check ANDed with a FALSE constant", [
      ("    Reset_Required    : BOOL := TRUE;\nEND_VAR\n", "    Reset_Required    : BOOL := TRUE;\nEND_VAR\nVAR CONSTANT\n    CHECK_DISCREPANCY : BOOL := FALSE;\nEND_VAR\n"),
      ("IF tonDiscrepancy.Q THEN", "IF tonDiscrepancy.Q AND CHECK_DISCREPANCY THEN")], True),
    # only the differential simulation sees these: the one-scan signature is unchanged or stricter
    U("reset-latch-debounced", ["SAF018"], "restart latch 'debounced' through last scan's chain state: a guard opened for a single scan no longer needs a reset", [
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Chain_Ok          : BOOL;\n    Chain_Was_Ok      : BOOL;   // chain state last scan\n"),
      ("IF NOT (EStop_Ok AND Guard_Closed) THEN\n    Reset_Required := TRUE;", "Chain_Ok := EStop_Ok AND Guard_Closed;\n// ignore contact bounce: only an opening seen in two scans in a row latches\nIF NOT Chain_Ok AND NOT Chain_Was_Ok THEN\n    Reset_Required := TRUE;"),
      ("Lamp_Reset := Reset_Required;\n", "Lamp_Reset := Reset_Required;\nChain_Was_Ok := Chain_Ok;\n")], True),
    S("release-from-last-scan-latch", "release computed from the latch as it stood at the start of the scan (one scan later, stricter)", [
      ("IF NOT (EStop_Ok AND Guard_Closed) THEN\n    Reset_Required := TRUE;\nELSIF rtReset.Q THEN\n    Reset_Required := FALSE;\n    Discrepancy_Fault := FALSE;\nEND_IF;\nSafety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;\nLamp_Reset := Reset_Required;\n", "Safety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;\nLamp_Reset := Reset_Required;\nIF NOT (EStop_Ok AND Guard_Closed) THEN\n    Reset_Required := TRUE;\nELSIF rtReset.Q THEN\n    Reset_Required := FALSE;\n    Discrepancy_Fault := FALSE;\nEND_IF;\n")]),
    S("hand-written-reset-edge", "R_TRIG on the reset replaced by a hand-written edge (x AND NOT x_prev; x_prev := x)", [
      ("    rtReset           : R_TRIG;\n", "    Reset_Prev        : BOOL;   // reset button last scan\n    Reset_Edge        : BOOL;\n"),
      ("rtReset(CLK := Btn_Reset);\n", "Reset_Edge := Btn_Reset AND NOT Reset_Prev;\nReset_Prev := Btn_Reset;\n"),
      ("ELSIF rtReset.Q THEN", "ELSIF Reset_Edge THEN")]),
    # safe
    S("rename-local", "Guard_Closed renamed to Guard_B1_Closed", [("Guard_Closed", "Guard_B1_Closed")] * 1),
    S("rename-instance", "rtReset renamed to rtResetButton", [("rtReset(", "rtResetButton("), ("rtReset           : R_TRIG;", "rtResetButton     : R_TRIG;"), ("ELSIF rtReset.Q", "ELSIF rtResetButton.Q")]),
    S("de-morgan", "reset condition rewritten with De Morgan", [("IF NOT (EStop_Ok AND Guard_Closed) THEN", "IF NOT EStop_Ok OR NOT Guard_Closed THEN")]),
    S("reorder-conjuncts", "conjuncts reordered", [("Safety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;", "Safety_Release := NOT Reset_Required AND Guard_Closed AND EStop_Ok;")]),
    S("extract-helper", "guard evaluation moved into a correct helper function", [
      ("PROGRAM PRG_Safety\n", "FUNCTION DoorClosed : BOOL\nVAR_INPUT\n    Ch1 : BOOL;\n    Ch2 : BOOL;\nEND_VAR\nDoorClosed := Ch1 AND Ch2;\nEND_FUNCTION\n\nPROGRAM PRG_Safety\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT", "Guard_Closed := DoorClosed(Ch1 := GuardDoor_Ch1, Ch2 := GuardDoor_Ch2) AND NOT")]),
    S("if-to-assignment", "IF/ELSE on the guard rewritten as one assignment", [
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "IF GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault THEN\n    Guard_Closed := TRUE;\nELSE\n    Guard_Closed := FALSE;\nEND_IF;")]),
    S("stricter-condition", "contactor also needs the infeed photo-eye clear", [("Conveyor_Motor_K1 := Running AND tonStartWarn.Q AND Safety_Release;", "Conveyor_Motor_K1 := Running AND tonStartWarn.Q AND Safety_Release AND NOT Product_PE;")]),
    S("longer-start-warning", "start warning lengthened to 3 s", [("PT := T#2S", "PT := T#3S")]),
    S("shorter-discrepancy", "discrepancy time tightened to 300 ms", [("PT := T#500MS", "PT := T#300MS")]),
    S("named-constant", "discrepancy time as a named constant with the same value", [
      ("    Reset_Required    : BOOL := TRUE;\nEND_VAR\n", "    Reset_Required    : BOOL := TRUE;\nEND_VAR\nVAR CONSTANT\n    T_DISCREPANCY : TIME := T#500MS;\nEND_VAR\n"), ("PT := T#500MS", "PT := T_DISCREPANCY")]),
    S("comments", "comments and blank lines added", [("Safety_Release := EStop_Ok", "// Release: e-stop healthy, guard closed, reset given (risk assessment CP-L1-RA-03)\nSafety_Release := EStop_Ok"),
      ("rtReset(CLK := Btn_Reset);", "\n// Reset needs a rising edge of the blue button\nrtReset(CLK := Btn_Reset);")]),
    S("new-pack-counter-feature", "batch counter feature on non-safety signals", [
      ("    Packs_Count       : INT;\n", "    Packs_Count       : INT;\n    Batch_Complete    : BOOL;\n"),
      ("    Packs_Count := Packs_Count + 1;\nEND_IF;\n", "    Packs_Count := Packs_Count + 1;\nEND_IF;\nBatch_Complete := Packs_Count >= 24;\n")]),
    S("reorder-independent", "independent indication statements swapped", [("Safety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;\nLamp_Reset := Reset_Required;", "Lamp_Reset := Reset_Required;\nSafety_Release := EStop_Ok AND Guard_Closed AND NOT Reset_Required;")]),
    S("xor-to-neq", "discrepancy XOR written as <>", [("IN := GuardDoor_Ch1 XOR GuardDoor_Ch2", "IN := GuardDoor_Ch1 <> GuardDoor_Ch2")]),
    S("if-to-case-reset", "reset logic as IF with ELSIF kept, indentation and parentheses changed", [("IF NOT (EStop_Ok AND Guard_Closed) THEN", "IF (NOT ((EStop_Ok) AND (Guard_Closed))) THEN")]),
    S("struct-refactor", "guard status moved into a struct member correctly", [
      ("VAR_GLOBAL\n", "TYPE ST_Door :\nSTRUCT\n    Closed : BOOL;\nEND_STRUCT\nEND_TYPE\n\nVAR_GLOBAL\n"),
      ("    Reset_Required    : BOOL := TRUE;\n", "    Reset_Required    : BOOL := TRUE;\n    Door              : ST_Door;\n"),
      ("Guard_Closed := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Discrepancy_Fault;", "Door.Closed := GuardDoor_Ch1 AND GuardDoor_Ch2;\nGuard_Closed := Door.Closed AND NOT Discrepancy_Fault;")]),
    S("batch-lamp-feature", "new batch-complete lamp on a spare output", [("    Lamp_Reset        AT %QX0.3 : BOOL;\n", "    Lamp_Reset        AT %QX0.3 : BOOL;\n    Lamp_Batch        AT %QX0.4 : BOOL;\n"), ("rtPack(CLK := Product_PE);", "Lamp_Batch := Packs_Count >= 24;\nrtPack(CLK := Product_PE);")]),
],
"curtain": [
    U("one-ossd", ["SAF002", "SAF016"], "only OSSD1 evaluated", [("Curtain_Clear := LightCurtain_OSSD1 AND LightCurtain_OSSD2;", "Curtain_Clear := LightCurtain_OSSD1;")]),
    U("muting-without-pallet", ["SAF002"], "muting no longer needs a pallet", [("AND Pallet_Present AND NOT tonMutingMax.Q", "AND NOT tonMutingMax.Q")]),
    U("muting-hmi-override", ["SAF002", "SAF013"], "HMI can switch muting on", [("Muting_Active := Muting_Sensor_A AND Muting_Sensor_B AND Pallet_Present AND NOT tonMutingMax.Q;", "Muting_Active := (Muting_Sensor_A AND Muting_Sensor_B AND Pallet_Present AND NOT tonMutingMax.Q) OR HMI_MutingOverride;")]),
    U("muting-max-longer", ["SAF007"], "maximum muting time raised to 60 s", [("PT := T#10S", "PT := T#60S")]),
    U("muting-unlimited", ["SAF002"], "muting time limit removed", [("AND Pallet_Present AND NOT tonMutingMax.Q;", "AND Pallet_Present;")]),
    U("single-muting-sensor", ["SAF002"], "one muting sensor suffices", [("Muting_Active := Muting_Sensor_A AND Muting_Sensor_B AND", "Muting_Active := (Muting_Sensor_A OR Muting_Sensor_B) AND")]),
    U("restart-delay-shorter", ["SAF007"], "restart delay cut to 100 ms", [("PT := T#1S", "PT := T#100MS")]),
    U("reset-level", ["SAF012", "SAF002"], "restart interlock cleared by the button level", [("ELSIF rtReset.Q THEN", "ELSIF Btn_Reset THEN"), ("rtReset(CLK := Btn_Reset);\n", "")]),
    U("estop-out-of-interlock", ["SAF002"], "e-stop dropped from interlock and zone", [("IF NOT EStop_Chain_OK OR NOT", "IF NOT"), ("Zone_Safe := EStop_Chain_OK AND (", "Zone_Safe := (")]),
    U("retain-interlock", ["SAF012"], "restart interlock made RETAIN (comes back FALSE-less after power loss)", [("    Restart_Interlock : BOOL := TRUE;\nEND_VAR\n", "END_VAR\nVAR RETAIN\n    Restart_Interlock : BOOL := TRUE;\nEND_VAR\n")]),
    U("zone-forced-in-maintenance", ["SAF002", "SAF004"], "zone forced safe after the evaluation", [("tonRestartDelay(IN := Zone_Safe", "Zone_Safe := TRUE;\ntonRestartDelay(IN := Zone_Safe")]),
    U("muting-in-helper", ["SAF002"], "muting helper function drops the pallet check", [
      ("PROGRAM PRG_LightCurtain\n", "FUNCTION MutingOk : BOOL\nVAR_INPUT\n    SensorA : BOOL;\n    SensorB : BOOL;\n    Pallet  : BOOL;\nEND_VAR\nMutingOk := SensorA AND SensorB;\nEND_FUNCTION\n\nPROGRAM PRG_LightCurtain\n"),
      ("Muting_Active := Muting_Sensor_A AND Muting_Sensor_B AND Pallet_Present AND", "Muting_Active := MutingOk(Muting_Sensor_A, Muting_Sensor_B, Pallet_Present) AND")], True),
    U("muting-split-program", ["SAF002", "SAF013"], "second program sets muting from the HMI after the evaluation", [
      ("END_PROGRAM\n", "END_PROGRAM\n\nPROGRAM PRG_Service\nIF HMI_MutingOverride THEN\n    Outfeed_Motor_K2 := TRUE;\nEND_IF;\nEND_PROGRAM\n")], True),
    U("curtain-previous-cycle", ["SAF002"], "OSSD2 taken from the previous cycle", [
      ("    Restart_Interlock : BOOL := TRUE;\n", "    Restart_Interlock : BOOL := TRUE;\n    Ossd2_Mem         : BOOL;\n"),
      ("Curtain_Clear := LightCurtain_OSSD1 AND LightCurtain_OSSD2;", "Curtain_Clear := LightCurtain_OSSD1 AND Ossd2_Mem;\nOssd2_Mem := LightCurtain_OSSD2;")], True),
    U("muting-speed-window", ["SAF002", "SAF013"], "muting also accepted whenever the HMI speed is zero", [
      ("Muting_Active := Muting_Sensor_A AND Muting_Sensor_B AND Pallet_Present AND NOT tonMutingMax.Q;", "Muting_Active := (Muting_Sensor_A AND Muting_Sensor_B AND Pallet_Present AND NOT tonMutingMax.Q) OR (HMI_Speed = 0.0);")], True),
    U("hmi-speed-limit-unchecked", ["SAF013"], "outfeed speed limit taken from the HMI without a validity check", [('    HMI_Speed          : REAL;\n', '    HMI_Speed          : REAL;\n    Belt_Speed         : REAL;   // measured outfeed belt speed, m/s\n'), ('    Restart_Interlock : BOOL := TRUE;\n', '    Restart_Interlock : BOOL := TRUE;\n    Speed_Limit       : REAL;   // m/s, set by the operator\n'), ('Outfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q;', 'Speed_Limit := HMI_Speed;\nOutfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q AND Belt_Speed <= Speed_Limit;')]),
    U("hmi-speed-limit-else-unchecked", ["SAF013"], "HMI speed limit range-checked, but the ELSE branch still uses the raw value", [('    HMI_Speed          : REAL;\n', '    HMI_Speed          : REAL;\n    Belt_Speed         : REAL;   // measured outfeed belt speed, m/s\n'), ('    Restart_Interlock : BOOL := TRUE;\n', '    Restart_Interlock : BOOL := TRUE;\n    Speed_Limit       : REAL;   // m/s, set by the operator\n'), ('Outfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q;', 'IF HMI_Speed <= 0.5 THEN\n    Speed_Limit := HMI_Speed;\nELSE\n    Speed_Limit := HMI_Speed * 0.5;\nEND_IF;\nOutfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q AND Belt_Speed <= Speed_Limit;')], True),
    S("hmi-speed-limit-clamped", "HMI speed limit clamped with LIMIT before use", [('    HMI_Speed          : REAL;\n', '    HMI_Speed          : REAL;\n    Belt_Speed         : REAL;   // measured outfeed belt speed, m/s\n'), ('    Restart_Interlock : BOOL := TRUE;\n', '    Restart_Interlock : BOOL := TRUE;\n    Speed_Limit       : REAL;   // m/s, set by the operator\n'), ('Outfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q;', 'Speed_Limit := LIMIT(0.1, HMI_Speed, 0.5);\nOutfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q AND Belt_Speed <= Speed_Limit;')]),
    S("hmi-speed-limit-range-checked", "HMI speed limit range-checked with a safe default", [('    HMI_Speed          : REAL;\n', '    HMI_Speed          : REAL;\n    Belt_Speed         : REAL;   // measured outfeed belt speed, m/s\n'), ('    Restart_Interlock : BOOL := TRUE;\n', '    Restart_Interlock : BOOL := TRUE;\n    Speed_Limit       : REAL;   // m/s, set by the operator\n'), ('Outfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q;', 'IF HMI_Speed >= 0.1 AND HMI_Speed <= 0.5 THEN\n    Speed_Limit := HMI_Speed;\nELSE\n    Speed_Limit := 0.1;   // safe default\nEND_IF;\nOutfeed_Motor_K2 := Zone_Safe AND tonRestartDelay.Q AND Belt_Speed <= Speed_Limit;')]),
    S("rename-zone", "Zone_Safe renamed", [("Zone_Safe", "Outfeed_Zone_Safe")]),
    S("longer-restart-delay", "restart delay lengthened to 2 s", [("PT := T#1S", "PT := T#2S")]),
    S("shorter-muting-max", "muting limited to 8 s", [("PT := T#10S", "PT := T#8S")]),
    S("de-morgan-interlock", "interlock condition via De Morgan", [("IF NOT EStop_Chain_OK OR NOT (Curtain_Clear OR Muting_Active) THEN", "IF NOT (EStop_Chain_OK AND (Curtain_Clear OR Muting_Active)) THEN")]),
    S("muting-helper-correct", "muting condition extracted into a correct helper", [
      ("PROGRAM PRG_LightCurtain\n", "FUNCTION MutingOk : BOOL\nVAR_INPUT\n    SensorA : BOOL;\n    SensorB : BOOL;\n    Pallet  : BOOL;\nEND_VAR\nMutingOk := SensorA AND SensorB AND Pallet;\nEND_FUNCTION\n\nPROGRAM PRG_LightCurtain\n"),
      ("Muting_Active := Muting_Sensor_A AND Muting_Sensor_B AND Pallet_Present AND", "Muting_Active := MutingOk(Muting_Sensor_A, Muting_Sensor_B, Pallet_Present) AND")]),
    S("stricter-muting", "muting also needs the e-stop chain", [("Muting_Active := Muting_Sensor_A AND", "Muting_Active := EStop_Chain_OK AND Muting_Sensor_A AND")]),
    S("lamp-blink", "muting lamp blinks (non-safety output)", [
      ("    Restart_Interlock : BOOL := TRUE;\n", "    Restart_Interlock : BOOL := TRUE;\n    tonBlink          : TON;\n    Blink             : BOOL;\n"),
      ("Muting_Lamp := Muting_Active;", "tonBlink(IN := NOT tonBlink.Q, PT := T#500MS);\nIF tonBlink.Q THEN\n    Blink := NOT Blink;\nEND_IF;\nMuting_Lamp := Muting_Active AND Blink;")]),
    S("comment-only", "explanatory comments", [("Curtain_Clear :=", "// Both OSSDs of -F1 must be ON (beams clear)\nCurtain_Clear :=")]),
    S("if-to-case-style", "zone evaluation written as IF/ELSE", [("Zone_Safe := EStop_Chain_OK AND (Curtain_Clear OR Muting_Active) AND NOT Restart_Interlock;",
      "IF EStop_Chain_OK AND (Curtain_Clear OR Muting_Active) AND NOT Restart_Interlock THEN\n    Zone_Safe := TRUE;\nELSE\n    Zone_Safe := FALSE;\nEND_IF;")]),
    S("reorder-or", "OR operands reordered", [("(Curtain_Clear OR Muting_Active) AND NOT Restart_Interlock;", "(Muting_Active OR Curtain_Clear) AND NOT Restart_Interlock;")]),
],
"conveyor": [
    U("feedback-time-longer", ["SAF007"], "contactor feedback time raised to 10 s", [("FeedbackTime := T#2S", "FeedbackTime := T#10S")]),
    U("interlock-removed", ["SAF002"], "downstream interlock dropped", [("Interlock_OK := EStop_OK AND Interlock_Downstream_Ready AND Interlock_Transfer_Clear;", "Interlock_OK := EStop_OK AND Interlock_Transfer_Clear;")]),
    U("interlock-hmi-manual", ["SAF002", "SAF013"], "manual mode from the HMI replaces the downstream interlock", [("AND Interlock_Downstream_Ready AND", "AND (Interlock_Downstream_Ready OR HMI_ManualMode) AND")]),
    U("trip-limit-changed", ["SAF007"], "trip counter limit raised to 10", [("PV := 3", "PV := 10")]),
    U("lockout-ignored", ["SAF002"], "lockout no longer blocks the enable", [("Enable := Interlock_OK AND NOT Lockout,", "Enable := Interlock_OK,")]),
    U("fb-enable-ignored", ["SAF002"], "motor block ignores its Enable input", [("Contactor := Enable AND Run AND NOT Fault;", "Contactor := Run AND NOT Fault;")], True),
    U("fb-feedback-check-removed", ["SAF011", "SAF002"], "feedback monitoring removed from the motor block", [
      ("tonFeedback(IN := Contactor <> Feedback, PT := FeedbackTime);\nIF tonFeedback.Q THEN\n    Fault := TRUE;\n    Contactor := FALSE;\nEND_IF;\n", "")], True),
    U("fb-fault-reset-every-scan", ["SAF002"], "fault cleared every scan inside the block", [("IF Reset THEN\n    Fault := FALSE;\nEND_IF;", "Fault := FALSE;")], True),
    U("interlock-via-alias-struct", ["SAF002"], "interlock copied into a struct, downstream member never set", [
      ("VAR_GLOBAL\n", "TYPE ST_Interlocks :\nSTRUCT\n    Downstream : BOOL;\n    Transfer   : BOOL;\nEND_STRUCT\nEND_TYPE\n\nVAR_GLOBAL\n"),
      ("    Lockout      : BOOL;\n", "    Lockout      : BOOL;\n    Ilk          : ST_Interlocks;\n"),
      ("Interlock_OK := EStop_OK AND Interlock_Downstream_Ready AND Interlock_Transfer_Clear;", "Ilk.Transfer := Interlock_Transfer_Clear;\nInterlock_OK := EStop_OK AND Ilk.Transfer;")], True),
    U("second-motor-writer", ["SAF008", "SAF002"], "manual jog program writes the contactor", [
      ("END_PROGRAM\n", "END_PROGRAM\n\nPROGRAM PRG_Manual\nIF HMI_ManualMode AND Btn_Start THEN\n    Transfer_Motor_K3 := TRUE;\nEND_IF;\nEND_PROGRAM\n")]),
    U("reset-edge-removed", ["SAF012", "SAF002"], "feedback fault reset on the button level", [("Reset := rtReset.Q);", "Reset := Btn_Reset);"), ("rtReset(CLK := Btn_Reset);\n", "")]),
    U("feedback-time-constant", ["SAF007"], "feedback time via a constant of 8 s", [
      ("    Lockout      : BOOL;\nEND_VAR\n", "    Lockout      : BOOL;\nEND_VAR\nVAR CONSTANT\n    T_FEEDBACK : TIME := T#8S;\nEND_VAR\n"), ("FeedbackTime := T#2S", "FeedbackTime := T_FEEDBACK")], True),
    U("enable-through-intermediate-or", ["SAF002"], "enable OR-ed with the run command via an intermediate", [
      ("    Lockout      : BOOL;\n", "    Lockout      : BOOL;\n    Drive_Permit : BOOL;\n"),
      ("Enable := Interlock_OK AND NOT Lockout,", "Enable := Drive_Permit,"), ("Lockout := ctuTrips.Q;\n", "Lockout := ctuTrips.Q;\nDrive_Permit := (Interlock_OK AND NOT Lockout) OR Run_Cmd;\n")], True),
    U("jump-in-safety", ["SAF009"], "JMP over the interlock evaluation", [("Interlock_OK := EStop_OK", "JMP skip;\nInterlock_OK := EStop_OK"), ("IF Btn_Stop OR NOT Interlock_OK THEN", "skip:\nIF Btn_Stop OR NOT Interlock_OK THEN")]),
    S("rename-fb-instance", "fbTransfer renamed fbTransferMotor", [("fbTransfer", "fbTransferMotor")]),
    S("shorter-feedback-time", "feedback time tightened to 1 s", [("FeedbackTime := T#2S", "FeedbackTime := T#1S")]),
    S("reorder-interlocks", "interlock conjuncts reordered", [("Interlock_OK := EStop_OK AND Interlock_Downstream_Ready AND Interlock_Transfer_Clear;", "Interlock_OK := Interlock_Transfer_Clear AND EStop_OK AND Interlock_Downstream_Ready;")]),
    S("alarm-feature", "alarm counter saturates at 999", [("    Alarm_Count := Alarm_Count + 1;", "    IF Alarm_Count < 999 THEN\n        Alarm_Count := Alarm_Count + 1;\n    END_IF;")]),
    S("stricter-enable", "enable also needs the stop button released", [("Enable := Interlock_OK AND NOT Lockout,", "Enable := Interlock_OK AND NOT Lockout AND NOT Btn_Stop,")]),
    S("extract-interlock-function", "interlock evaluation as a function", [
      ("PROGRAM PRG_Transfer\n", "FUNCTION InterlocksOk : BOOL\nVAR_INPUT\n    EStop : BOOL;\n    Downstream : BOOL;\n    Transfer : BOOL;\nEND_VAR\nInterlocksOk := EStop AND Downstream AND Transfer;\nEND_FUNCTION\n\nPROGRAM PRG_Transfer\n"),
      ("Interlock_OK := EStop_OK AND Interlock_Downstream_Ready AND Interlock_Transfer_Clear;", "Interlock_OK := InterlocksOk(EStop := EStop_OK, Downstream := Interlock_Downstream_Ready, Transfer := Interlock_Transfer_Clear);")]),
    S("named-feedback-constant", "feedback time as a named constant of 2 s", [
      ("    Lockout      : BOOL;\nEND_VAR\n", "    Lockout      : BOOL;\nEND_VAR\nVAR CONSTANT\n    T_FEEDBACK : TIME := T#2S;\nEND_VAR\n"), ("FeedbackTime := T#2S", "FeedbackTime := T_FEEDBACK")]),
    S("fault-lamp-comment", "comments on the fault lamp", [("Lamp_Fault := ", "// red lamp: feedback fault or trip lockout\nLamp_Fault := ")]),
    S("neq-to-xor", "feedback mismatch written as XOR", [("IN := Contactor <> Feedback", "IN := Contactor XOR Feedback")]),
    S("run-latch-as-sr", "run latch written with explicit IF nesting", [("IF Btn_Stop OR NOT Interlock_OK THEN\n    Run_Cmd := FALSE;\nELSIF Btn_Start THEN\n    Run_Cmd := TRUE;\nEND_IF;",
      "IF NOT Btn_Stop AND Interlock_OK THEN\n    IF Btn_Start THEN\n        Run_Cmd := TRUE;\n    END_IF;\nELSE\n    Run_Cmd := FALSE;\nEND_IF;")]),
],
}

def apply(base, edits, case):
    text = base
    for old, new in edits:
        count = text.count(old)
        if old.startswith("Guard_Closed") and new.startswith("Guard_B1") or (old, new) in (("Zone_Safe", "Outfeed_Zone_Safe"), ("fbTransfer", "fbTransferMotor")):
            text = text.replace(old, new)
            continue
        if count != 1:
            raise SystemExit(f"{case}: edit matches {count} times: {old!r}")
        text = text.replace(old, new)
    return text

def main():
    if os.path.isdir(OUT):
        for entry in os.listdir(OUT):
            if entry in BASES or entry == "sites":
                shutil.rmtree(os.path.join(OUT, entry))
    for base_name, cases in CASES.items():
        base = BASES[base_name]
        for name, verdict, rules, description, edits, disguised in cases:
            folder = os.path.join(OUT, base_name, f"{verdict}-{name}")
            os.makedirs(folder, exist_ok=True)
            after = apply(base, edits, name)
            if after == base:
                raise SystemExit(f"{name}: no change")
            open(os.path.join(folder, "before.st"), "w").write(base)
            open(os.path.join(folder, "after.st"), "w").write(after)
            with open(os.path.join(folder, "expect.yaml"), "w") as f:
                f.write(f"verdict: {verdict}\n")
                if rules:
                    f.write(f"rules: [{', '.join(rules)}]\n")
                f.write(f"description: \"{description}\"\n")
                if disguised:
                    f.write("disguised: true\n")

if __name__ == "__main__":
    main()

# Cases on the example fleet's real sites: the site's src/ and plcfleet.yaml copied to before/ and after/, one file edited.
SITES = os.path.join(HERE, "..", "..", "..", "examples", "fleet", "sites")
MONITOR = "IF {a} AND {b} THEN\n    {ok} := TRUE;\nELSE\n    {ok} := FALSE;\nEND_IF;"
SITE_CASES = [
    ("torino-l2", "unsafe", ["SAF010"], "guard-monitor naive rewrite folds the maintenance key into Channel2", True,
     MONITOR.format(a="DoorSwitch_A", b="DoorSwitch_B AND NOT MaintKey_Active", ok="Guard_Closed"),
     "Guard_Closed := SAFETY_GUARD_MONITOR(Channel1 := DoorSwitch_A, Channel2 := DoorSwitch_B AND NOT MaintKey_Active);"),
    ("torino-l2", "safe", [], "guard-monitor migration done right: key switch kept outside the call", False,
     MONITOR.format(a="DoorSwitch_A", b="DoorSwitch_B AND NOT MaintKey_Active", ok="Guard_Closed"),
     "Guard_Closed := SAFETY_GUARD_MONITOR(Channel1 := DoorSwitch_A, Channel2 := DoorSwitch_B) AND NOT MaintKey_Active;"),
    ("lyon-l1", "safe", [], "guard-monitor migration (single guard)", False,
     MONITOR.format(a="GuardDoor_Ch1", b="GuardDoor_Ch2", ok="Guard_OK"),
     "Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);"),
    ("lyon-l2", "safe", [], "guard-monitor migration (hood guard)", False,
     MONITOR.format(a="Guard_Ch1", b="Guard_Ch2", ok="GuardClosed"),
     "GuardClosed := SAFETY_GUARD_MONITOR(Channel1 := Guard_Ch1, Channel2 := Guard_Ch2);"),
    ("lyon-l1", "unsafe", ["SAF002", "SAF016"], "guard-monitor rewrite passes channel 1 twice", True,
     MONITOR.format(a="GuardDoor_Ch1", b="GuardDoor_Ch2", ok="Guard_OK"),
     "Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch1);"),
]

def site_cases():
    for site, verdict, rules, description, disguised, old, new in SITE_CASES:
        folder = os.path.join(OUT, "sites", f"{site}-{verdict}-{description.split(':')[0].replace(' ', '-').lower()[:40].strip('-')}")
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        for side in ("before", "after"):
            shutil.copytree(os.path.join(SITES, site, "src"), os.path.join(folder, side, "src"))
            shutil.copy(os.path.join(SITES, site, "plcfleet.yaml"), os.path.join(folder, side, "plcfleet.yaml"))
        main_st = os.path.join(folder, "after", "src", "PRG_Main.st")
        text = open(main_st).read()
        if text.count(old) != 1:
            raise SystemExit(f"{site}: guard IF not found once")
        open(main_st, "w").write(text.replace(old, new))
        with open(os.path.join(folder, "expect.yaml"), "w") as f:
            f.write(f"verdict: {verdict}\n")
            if rules:
                f.write(f"rules: [{', '.join(rules)}]\n")
            f.write(f"description: \"{description}\"\n")
            if disguised:
                f.write("disguised: true\n")

site_cases()
