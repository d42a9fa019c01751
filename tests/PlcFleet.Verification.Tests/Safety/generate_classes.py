#!/usr/bin/env python3
"""Writes the per-class safety corpus (Classes/<class>/<case>/before.st, after.st, expect.yaml).

Written in a different style from the rules on purpose: German/Siemens-style press cell without plcfleet.yaml,
French/Spanish/Italian/Polish/Czech plant names, safety logic spread over programs and function blocks.
Each unsafe case is a disguised change a reviewer could wave through; each safe case is a refactoring that must pass.
Re-run after editing; every edit must match its base exactly once."""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Classes")

PRESSE = """// Presse 3 (Umformzelle): Not-Halt -S10, Schutztuer -S21 (zweikanalig), Lichtgitter -F30, Zweihand -S31/-S32.
// Hauptschuetz -K1, Ventil Stoessel ab -Y1, Anlaufwarnung Hupe -H1, Meldeleuchte Stoerung -H2.
VAR_GLOBAL
    S10_NotHalt_OK   AT %IX0.0 : BOOL;   // Not-Halt-Kreis geschlossen
    S21_Tuer_K1      AT %IX0.1 : BOOL;   // Schutztuer Kanal 1, TRUE = zu
    S21_Tuer_K2      AT %IX0.2 : BOOL;   // Schutztuer Kanal 2, TRUE = zu
    F30_Lichtgitter  AT %IX0.3 : BOOL;   // Lichtgitter frei
    S31_Zweihand_Li  AT %IX0.4 : BOOL;
    S32_Zweihand_Re  AT %IX0.5 : BOOL;
    S40_Quittieren   AT %IX0.6 : BOOL;
    S41_Ein          AT %IX0.7 : BOOL;
    S42_Aus          AT %IX1.0 : BOOL;
    K1_Hauptschuetz  AT %QX0.0 : BOOL;
    Y1_Stoessel_Ab   AT %QX0.1 : BOOL;
    H1_Hupe          AT %QX0.2 : BOOL;   // Anlaufwarnung vor jedem Hub
    H2_Stoerung      AT %QX0.3 : BOOL;   // Meldeleuchte
    HMI_Betriebsart  : INT;
    HMI_Station      : INT;
    Stueckzahl       : DINT;
    Anzeige_Status   : WORD;
END_VAR

PROGRAM PRG_Sicherheit
VAR
    tDiskrepanz : TON;
    rtQuitt     : R_TRIG;
    Tuer_zu     : BOOL;
    Quittiert   : BOOL;
    Freigabe    : BOOL;
END_VAR
tDiskrepanz(IN := S21_Tuer_K1 XOR S21_Tuer_K2, PT := T#200MS);
Tuer_zu := S21_Tuer_K1 AND S21_Tuer_K2 AND NOT tDiskrepanz.Q;
rtQuitt(CLK := S40_Quittieren);
// Quittierung nach Not-Halt; Tuer und Lichtgitter muessen beim Quittieren frei sein
IF NOT S10_NotHalt_OK THEN
    Quittiert := FALSE;
ELSIF rtQuitt.Q AND Tuer_zu AND F30_Lichtgitter THEN
    Quittiert := TRUE;
END_IF;
Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;
K1_Hauptschuetz := Freigabe;
H2_Stoerung := NOT Freigabe;
END_PROGRAM

PROGRAM PRG_Presse
VAR
    tZweihand   : TON;
    tAnlauf     : TON;
    Lauf        : BOOL;
    Zweihand_OK : BOOL;
END_VAR
// Zweihand: beide Taster, Gleichzeitigkeit 500 ms
tZweihand(IN := S31_Zweihand_Li XOR S32_Zweihand_Re, PT := T#500MS);
Zweihand_OK := S31_Zweihand_Li AND S32_Zweihand_Re AND NOT tZweihand.Q;
IF S42_Aus OR NOT PRG_Sicherheit.Freigabe THEN
    Lauf := FALSE;
ELSIF S41_Ein THEN
    Lauf := TRUE;
END_IF;
tAnlauf(IN := Lauf, PT := T#3S);
H1_Hupe := Lauf AND NOT tAnlauf.Q;
Y1_Stoessel_Ab := Lauf AND tAnlauf.Q AND Zweihand_OK AND PRG_Sicherheit.Freigabe;
Anzeige_Status := 0;
END_PROGRAM
"""

TASKS = """
CONFIGURATION Zelle3
    RESOURCE CPU1 ON PLC
        TASK Sicherheit (INTERVAL := T#10MS, PRIORITY := 0);
        TASK Langsam (INTERVAL := T#200MS, PRIORITY := 10);
        PROGRAM Sich WITH Sicherheit : PRG_Sicherheit;
        PROGRAM Pr WITH Sicherheit : PRG_Presse;
    END_RESOURCE
END_CONFIGURATION
"""

PRESSE_T = PRESSE + TASKS

def lang(title, estop, guard, start, stop, motor, lamp, horn, run, timer, release):
    """A small conveyor/mixer in one plant language: e-stop, guard, start/stop latch, start-warning horn, motor."""
    return f"""// {title}
VAR_GLOBAL
    {estop}  AT %IX0.0 : BOOL;
    {guard}  AT %IX0.1 : BOOL;
    {start}  AT %IX0.2 : BOOL;
    {stop}   AT %IX0.3 : BOOL;
    {motor}  AT %QX0.0 : BOOL;
    {lamp}   AT %QX0.1 : BOOL;
    {horn}   AT %QX0.2 : BOOL;
END_VAR

PROGRAM Principal
VAR
    {run}     : BOOL;
    {release} : BOOL;
    {timer}   : TON;
END_VAR
{release} := {estop} AND {guard};
IF {stop} OR NOT {release} THEN
    {run} := FALSE;
ELSIF {start} THEN
    {run} := TRUE;
END_IF;
{timer}(IN := {run}, PT := T#2S);
{horn} := {run} AND NOT {timer}.Q;
{motor} := {run} AND {timer}.Q AND {release};
{lamp} := {motor};
END_PROGRAM
"""

FR = lang("Convoyeur 2 (atelier emballage)", "ArretUrgence_OK", "Carter_Ferme", "BP_Marche", "BP_Arret", "KM1_Moteur", "Voyant_Marche", "Avertisseur_Demarrage", "EnMarche", "tAvert", "Autorisation")
ES = lang("Cinta 4 (linea de envasado)", "ParadaEmergencia_OK", "Resguardo_Cerrado", "Pulsador_Marcha", "Pulsador_Paro", "KM1_Motor", "Piloto_Marcha", "Bocina_Arranque", "EnMarcha", "tAviso", "Habilitacion")
IT = lang("Nastro 1 (reparto confezionamento)", "Emergenza_OK", "Riparo_Chiuso", "Pulsante_Avvio", "Pulsante_Arresto", "KM1_Motore", "Spia_Marcia", "Sirena_Avviamento", "InMarcia", "tPreavviso", "Consenso")
PL = lang("Przenosnik 3 (pakowanie)", "WylacznikAwaryjny_OK", "Oslona_Zamknieta", "Przycisk_Start", "Przycisk_Stop", "K1_Silnik", "Lampka_Praca", "Syrena_Rozruch", "Praca", "tOstrzezenie", "Zezwolenie")
CZ = lang("Dopravnik 5 (balirna)", "NouzoveZastaveni_OK", "Kryt_Zavreny", "Tlacitko_Start", "Tlacitko_Stop", "K1_Motor", "Kontrolka_Chod", "Houkacka_Rozbeh", "Chod", "tVystraha", "Povoleni")
DE = lang("Foerderband 7 (Verpackung)", "NotAus_OK", "Schutzhaube_zu", "Taster_Start", "Taster_Stop", "M1_Antrieb", "Leuchte_Betrieb", "Hupe_Anlauf", "Betrieb", "tWarnung", "Freigabe")

CASES = []

def case(cls, name, unsafe, description, base, edits):
    CASES.append((cls, name, unsafe, description, base, edits))

def U(cls, name, description, edits, base=PRESSE):
    case(cls, "unsafe-" + name, True, description, base, edits)

def S(cls, name, description, edits, base=PRESSE):
    case(cls, "safe-" + name, False, description, base, edits)

# ---------------------------------------------------------------- soundness: writes the analysis cannot resolve
FB_INOUT = """
FUNCTION_BLOCK FB_Diagnose
VAR_INPUT
    Kanal : INT;
END_VAR
VAR_IN_OUT
    Wert : BOOL;
END_VAR
IF Kanal = 4 THEN
    Wert := TRUE;   // Diagnosebit setzen
END_IF;
END_FUNCTION_BLOCK
"""
U("soundness", "var-in-out", "FB_Diagnose sets the release through VAR_IN_OUT when the HMI selects channel 4", [
    ("PROGRAM PRG_Sicherheit", FB_INOUT + "\nPROGRAM PRG_Sicherheit"),
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    fbDiag      : FB_Diagnose;\n"),
    ("K1_Hauptschuetz := Freigabe;", "fbDiag(Kanal := HMI_Station, Wert := Freigabe);\nK1_Hauptschuetz := Freigabe;"),
])
U("soundness", "pointer", "the door status is overwritten through a pointer set up in a diagnosis block", [
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    pDiag       : POINTER TO BOOL;\n"),
    ("rtQuitt(CLK := S40_Quittieren);", "pDiag := ADR(Tuer_zu);\nIF HMI_Betriebsart = 3 THEN\n    pDiag^ := TRUE;   // Einrichtbetrieb\nEND_IF;\nrtQuitt(CLK := S40_Quittieren);"),
])
U("soundness", "dynamic-index", "releases moved into an array; the HMI station number writes one element TRUE", [
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    Freigaben   : ARRAY[1..4] OF BOOL;\n"),
    ("Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;\n",
     "Freigaben[1] := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;\nFreigaben[HMI_Station] := HMI_Betriebsart = 2;\nFreigabe := Freigaben[1];\n"),
])
U("soundness", "bit-then-word", "conditions packed into a status word; a 'commissioning bit' forces the door bit", [
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    Zustand     : WORD;\n"),
    ("Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;\n",
     "Zustand := 0;\nZustand.0 := S10_NotHalt_OK;\nZustand.1 := Tuer_zu;\nZustand.2 := F30_Lichtgitter;\nZustand.1 := TRUE;   // IBN-Bit\nFreigabe := (Zustand = 16#0007) AND Quittiert;\n"),
])
U("soundness", "early-return", "an early RETURN in cycle-end mode skips the two-hand interlock of the ram valve", [
    ("Y1_Stoessel_Ab := Lauf AND tAnlauf.Q AND Zweihand_OK AND PRG_Sicherheit.Freigabe;\n",
     "Y1_Stoessel_Ab := Lauf AND tAnlauf.Q AND PRG_Sicherheit.Freigabe;\nIF HMI_Betriebsart = 5 THEN\n    RETURN;   // Taktende\nEND_IF;\nIF NOT Zweihand_OK THEN\n    Y1_Stoessel_Ab := FALSE;\nEND_IF;\n"),
])
U("soundness", "reference", "a REFERENCE to the acknowledgement latch set from the HMI program", [
    ("    Anzeige_Status   : WORD;\nEND_VAR\n", "    Anzeige_Status   : WORD;\nEND_VAR\n\nPROGRAM PRG_Bedienung\nVAR\n    refQ : REFERENCE TO BOOL;\nEND_VAR\nrefQ REF= PRG_Sicherheit.Quittiert;\nIF HMI_Betriebsart = 8 THEN\n    refQ := TRUE;\nEND_IF;\nEND_PROGRAM\n"),
])
U("soundness", "foreign-program-write", "the operator program writes the safety program's acknowledgement latch directly", [
    ("    Anzeige_Status   : WORD;\nEND_VAR\n", "    Anzeige_Status   : WORD;\nEND_VAR\n\nPROGRAM PRG_Bedienung\nIF HMI_Betriebsart = 8 THEN\n    PRG_Sicherheit.Quittiert := TRUE;   // Fernquittierung\nEND_IF;\nEND_PROGRAM\n"),
])
FB_SETZEN = """
FUNCTION_BLOCK FB_Setzen
VAR_INPUT
    pZiel : POINTER TO BOOL;
    Aktiv : BOOL;
END_VAR
IF Aktiv THEN
    pZiel^ := TRUE;   // Ziel setzen (Service)
END_IF;
END_FUNCTION_BLOCK
"""
U("soundness", "pointer-through-fb-input", "a service block sets whatever its pointer input points at; it is given the door status", [
    ("PROGRAM PRG_Sicherheit", FB_SETZEN + "\nPROGRAM PRG_Sicherheit"),
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    fbService   : FB_Setzen;\n"),
    ("rtQuitt(CLK := S40_Quittieren);", "fbService(pZiel := ADR(Tuer_zu), Aktiv := HMI_Betriebsart = 6);\nrtQuitt(CLK := S40_Quittieren);"),
])
U("soundness", "while-retry", "a WHILE 'retry' loop ORs the start button into the door status", [
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    n           : INT;\n"),
    ("rtQuitt(CLK := S40_Quittieren);", "n := 0;\nWHILE n < HMI_Station DO\n    Tuer_zu := Tuer_zu OR S41_Ein;   // Wiederholversuch\n    n := n + 1;\nEND_WHILE;\nrtQuitt(CLK := S40_Quittieren);"),
])
U("soundness", "jump-over-interlock", "a JMP in set-up mode jumps over the two-hand interlock", [
    ("Y1_Stoessel_Ab := Lauf AND tAnlauf.Q AND Zweihand_OK AND PRG_Sicherheit.Freigabe;\n",
     "Y1_Stoessel_Ab := Lauf AND tAnlauf.Q AND PRG_Sicherheit.Freigabe;\nIF HMI_Betriebsart = 4 THEN\n    JMP Ende;\nEND_IF;\nIF NOT Zweihand_OK THEN\n    Y1_Stoessel_Ab := FALSE;\nEND_IF;\nEnde:\n"),
])
S("soundness", "while-in-display-program", "a new display program formats the piece counter with a WHILE loop", [
    ("    Anzeige_Status   : WORD;\nEND_VAR\n", "    Anzeige_Status   : WORD;\n    Anzeige_Stellen  : INT;\nEND_VAR\n\nPROGRAM PRG_Anzeige\nVAR\n    Rest : DINT;\nEND_VAR\nRest := Stueckzahl;\nAnzeige_Stellen := 0;\nWHILE Rest > 0 DO\n    Rest := Rest / 10;\n    Anzeige_Stellen := Anzeige_Stellen + 1;\nEND_WHILE;\nEND_PROGRAM\n"),
])
S("soundness", "var-in-out-same-and", "the release AND moved into an FB that writes it through VAR_IN_OUT", [
    ("PROGRAM PRG_Sicherheit", "FUNCTION_BLOCK FB_Und3\nVAR_INPUT\n    A : BOOL;\n    B : BOOL;\n    C : BOOL;\nEND_VAR\nVAR_IN_OUT\n    Ergebnis : BOOL;\nEND_VAR\nErgebnis := A AND B AND C;\nEND_FUNCTION_BLOCK\n\nPROGRAM PRG_Sicherheit"),
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    fbUnd       : FB_Und3;\n"),
    ("Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;\n",
     "fbUnd(A := S10_NotHalt_OK AND Tuer_zu, B := F30_Lichtgitter, C := Quittiert, Ergebnis := Freigabe);\n"),
])
S("soundness", "array-constant-index", "the release stored in an array element with a constant index", [
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    Freigaben   : ARRAY[1..4] OF BOOL;\n"),
    ("Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;\n",
     "Freigaben[1] := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;\nFreigabe := Freigaben[1];\n"),
])
S("soundness", "pointer-to-counter", "a pointer used only for the piece counter", [
    ("    Zweihand_OK : BOOL;\n", "    Zweihand_OK : BOOL;\n    pZaehler    : POINTER TO DINT;\n"),
    ("Anzeige_Status := 0;\n", "Anzeige_Status := 0;\npZaehler := ADR(Stueckzahl);\nIF Y1_Stoessel_Ab THEN\n    pZaehler^ := pZaehler^ + 1;\nEND_IF;\n"),
])
S("soundness", "bits-packed-exactly", "conditions packed into a status word and compared as a whole, same logic", [
    ("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n    Zustand     : WORD;\n"),
    ("Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;\n",
     "Zustand := 0;\nZustand.0 := S10_NotHalt_OK;\nZustand.1 := Tuer_zu;\nZustand.2 := F30_Lichtgitter;\nFreigabe := (Zustand = 16#0007) AND Quittiert;\n"),
])
S("soundness", "early-return-after-interlock", "an early RETURN that only leaves after the valve is switched off", [
    ("Y1_Stoessel_Ab := Lauf AND tAnlauf.Q AND Zweihand_OK AND PRG_Sicherheit.Freigabe;\n",
     "IF NOT PRG_Sicherheit.Freigabe THEN\n    Y1_Stoessel_Ab := FALSE;\n    Anzeige_Status := 0;\n    RETURN;\nEND_IF;\nY1_Stoessel_Ab := Lauf AND tAnlauf.Q AND Zweihand_OK;\n"),
])
S("soundness", "status-bits-for-hmi", "status bits for the HMI written bit by bit", [
    ("Anzeige_Status := 0;\n", "Anzeige_Status := 0;\nAnzeige_Status.0 := K1_Hauptschuetz;\nAnzeige_Status.1 := Lauf;\nAnzeige_Status.2 := Zweihand_OK;\n"),
])

# ---------------------------------------------------------------- configuration: effects outside one scan of one program
U("configuration", "retain-ack", "the acknowledgement latch made RETAIN: after a warm start the press is released without reset", [
    ("    Tuer_zu     : BOOL;\n    Quittiert   : BOOL;\n", "    Tuer_zu     : BOOL;\nEND_VAR\nVAR RETAIN\n    Quittiert   : BOOL;\n"),
], PRESSE_T)
U("configuration", "persistent-run", "the run latch of the press made PERSISTENT", [
    ("    Lauf        : BOOL;\n", "    Lauf        : BOOL;\nEND_VAR\nVAR PERSISTENT\n    Merker_Lauf : BOOL;\n"),
    ("tAnlauf(IN := Lauf, PT := T#3S);", "Merker_Lauf := Lauf;\ntAnlauf(IN := Merker_Lauf, PT := T#3S);"),
    ("H1_Hupe := Lauf AND NOT tAnlauf.Q;", "H1_Hupe := Merker_Lauf AND NOT tAnlauf.Q;"),
], PRESSE_T)
U("configuration", "task-interval", "the safety task slowed from 10 ms to 100 ms", [
    ("TASK Sicherheit (INTERVAL := T#10MS, PRIORITY := 0);", "TASK Sicherheit (INTERVAL := T#100MS, PRIORITY := 0);"),
], PRESSE_T)
U("configuration", "task-assignment", "the safety program moved to the slow task", [
    ("PROGRAM Sich WITH Sicherheit : PRG_Sicherheit;", "PROGRAM Sich WITH Langsam : PRG_Sicherheit;"),
], PRESSE_T)
U("configuration", "symbol-readwrite", "the release exposed for external writes with a symbol attribute", [
    ("    Freigabe    : BOOL;\n", "    {attribute 'symbol' := 'readwrite'}\n    Freigabe    : BOOL;\n"),
], PRESSE_T)
U("configuration", "opcua-exposure", "the acknowledgement latch published over OPC UA", [
    ("    Quittiert   : BOOL;\n", "    {attribute 'OPC.UA.DA' := '1'}\n    {attribute 'OPC.UA.DA.Access' := '3'}\n    Quittiert   : BOOL;\n"),
], PRESSE_T)
U("configuration", "io-address-moved", "light curtain input moved to a spare, unwired terminal", [
    ("F30_Lichtgitter  AT %IX0.3 : BOOL;", "F30_Lichtgitter  AT %IX2.3 : BOOL;"),
], PRESSE_T)
U("configuration", "task-priority", "the safety task's priority lowered below the slow task", [
    ("TASK Sicherheit (INTERVAL := T#10MS, PRIORITY := 0);", "TASK Sicherheit (INTERVAL := T#10MS, PRIORITY := 20);"),
], PRESSE_T)
S("configuration", "retain-counter", "the piece counter made RETAIN", [
    ("    Stueckzahl       : DINT;\n", "    Stueckzahl       : DINT;\nEND_VAR\nVAR_GLOBAL RETAIN\n    Stueckzahl_Gesamt : DINT;\n"),
    ("Anzeige_Status := 0;\n", "Anzeige_Status := 0;\nIF Y1_Stoessel_Ab THEN\n    Stueckzahl_Gesamt := Stueckzahl_Gesamt + 1;\nEND_IF;\n"),
], PRESSE_T)
S("configuration", "symbol-read-only-display", "the HMI status word exposed read-only", [
    ("    Anzeige_Status   : WORD;\n", "    {attribute 'symbol' := 'read'}\n    Anzeige_Status   : WORD;\n"),
], PRESSE_T)
S("configuration", "lamp-address-moved", "the fault lamp moved to another output terminal", [
    ("H2_Stoerung      AT %QX0.3 : BOOL;", "H2_Stoerung      AT %QX1.3 : BOOL;"),
], PRESSE_T)
S("configuration", "new-slow-program", "a new counting program in the slow task", [
    ("        PROGRAM Pr WITH Sicherheit : PRG_Presse;\n", "        PROGRAM Pr WITH Sicherheit : PRG_Presse;\n        PROGRAM Zaehl WITH Langsam : PRG_Zaehler;\n"),
    ("\nCONFIGURATION Zelle3", "\nPROGRAM PRG_Zaehler\nVAR\n    rtHub : R_TRIG;\nEND_VAR\nrtHub(CLK := Y1_Stoessel_Ab);\nIF rtHub.Q THEN\n    Stueckzahl := Stueckzahl + 1;\nEND_IF;\nEND_PROGRAM\n\nCONFIGURATION Zelle3"),
], PRESSE_T)
S("configuration", "slow-task-interval", "the slow (non-safety) task's interval changed", [
    ("TASK Langsam (INTERVAL := T#200MS, PRIORITY := 10);", "TASK Langsam (INTERVAL := T#500MS, PRIORITY := 10);"),
], PRESSE_T)

# ---------------------------------------------------------------- timing: every TIME that reaches a safety output
U("timing", "pt-member-assignment", "two-hand simultaneity time set through .PT outside the call", [
    ("tZweihand(IN := S31_Zweihand_Li XOR S32_Zweihand_Re, PT := T#500MS);",
     "tZweihand.PT := T#5S;\ntZweihand(IN := S31_Zweihand_Li XOR S32_Zweihand_Re);"),
])
U("timing", "fb-default", "discrepancy time moved into an FB input default and made longer", [
    ("PROGRAM PRG_Sicherheit", "FUNCTION_BLOCK FB_Zweikanal\nVAR_INPUT\n    K1 : BOOL;\n    K2 : BOOL;\n    Diskrepanzzeit : TIME := T#2S;\nEND_VAR\nVAR_OUTPUT\n    Zu : BOOL;\nEND_VAR\nVAR\n    tD : TON;\nEND_VAR\ntD(IN := K1 XOR K2, PT := Diskrepanzzeit);\nZu := K1 AND K2 AND NOT tD.Q;\nEND_FUNCTION_BLOCK\n\nPROGRAM PRG_Sicherheit"),
    ("    tDiskrepanz : TON;\n", "    fbTuer      : FB_Zweikanal;\n"),
    ("tDiskrepanz(IN := S21_Tuer_K1 XOR S21_Tuer_K2, PT := T#200MS);\nTuer_zu := S21_Tuer_K1 AND S21_Tuer_K2 AND NOT tDiskrepanz.Q;",
     "fbTuer(K1 := S21_Tuer_K1, K2 := S21_Tuer_K2);\nTuer_zu := fbTuer.Zu;"),
])
U("timing", "german-constant", "discrepancy time through a German-named constant, 10x longer", [
    ("    Anzeige_Status   : WORD;\nEND_VAR\n", "    Anzeige_Status   : WORD;\nEND_VAR\nVAR_GLOBAL CONSTANT\n    c_Diskrepanzzeit : TIME := T#2S;\nEND_VAR\n"),
    ("PT := T#200MS);", "PT := c_Diskrepanzzeit);"),
])
U("timing", "arithmetic", "start-warning time computed as T#3S / 10", [
    ("tAnlauf(IN := Lauf, PT := T#3S);", "tAnlauf(IN := Lauf, PT := T#3S / 10);"),
])
U("timing", "hidden-by-long-timer", "a T#8H maintenance timer is added while the discrepancy time grows from 200 ms to 400 ms", [
    ("    Zweihand_OK : BOOL;\n", "    Zweihand_OK : BOOL;\n    tWartung    : TON;\n"),
    ("Anzeige_Status := 0;\n", "Anzeige_Status := 0;\ntWartung(IN := Lauf, PT := T#8H);\n"),
    ("PT := T#200MS);", "PT := T#400MS);"),
])
U("timing", "pt-from-hmi", "start-warning time taken from an HMI tag", [
    ("    Stueckzahl       : DINT;\n", "    Stueckzahl       : DINT;\n    HMI_Warnzeit     : TIME;\n"),
    ("tAnlauf(IN := Lauf, PT := T#3S);", "tAnlauf(IN := Lauf, PT := HMI_Warnzeit);"),
])
S("timing", "constant-same-value", "discrepancy time named as a constant with the same value", [
    ("    Anzeige_Status   : WORD;\nEND_VAR\n", "    Anzeige_Status   : WORD;\nEND_VAR\nVAR_GLOBAL CONSTANT\n    c_Diskrepanzzeit : TIME := T#200MS;\nEND_VAR\n"),
    ("PT := T#200MS);", "PT := c_Diskrepanzzeit);"),
])
S("timing", "pt-member-same-value", "the two-hand time set through .PT with the same value", [
    ("tZweihand(IN := S31_Zweihand_Li XOR S32_Zweihand_Re, PT := T#500MS);",
     "tZweihand.PT := T#500MS;\ntZweihand(IN := S31_Zweihand_Li XOR S32_Zweihand_Re);"),
])
S("timing", "arithmetic-same-value", "start-warning time written as T#1500MS * 2", [
    ("tAnlauf(IN := Lauf, PT := T#3S);", "tAnlauf(IN := Lauf, PT := T#1500MS * 2);"),
])
S("timing", "shorter-discrepancy", "discrepancy time shortened (stricter)", [
    ("PT := T#200MS);", "PT := T#100MS);"),
])
S("timing", "long-maintenance-timer", "a T#8H maintenance reminder added, no safety timer touched", [
    ("    Zweihand_OK : BOOL;\n", "    Zweihand_OK : BOOL;\n    tWartung    : TON;\n"),
    ("Anzeige_Status := 0;\n", "Anzeige_Status := 0;\ntWartung(IN := Lauf, PT := T#8H);\nAnzeige_Status.5 := tWartung.Q;\n"),
])
S("timing", "longer-start-warning", "start warning made longer (horn sounds longer before the stroke)", [
    ("tAnlauf(IN := Lauf, PT := T#3S);", "tAnlauf(IN := Lauf, PT := T#4S);"),
])

# ---------------------------------------------------------------- roles: facts first, names in plant languages
def drop_release(base, estop, guard, release):
    return [(f"{release} := {estop} AND {guard};", f"{release} := {guard};")]

U("roles", "fr-arret-urgence-dropped", "French: emergency stop dropped from the authorisation", drop_release(FR, "ArretUrgence_OK", "Carter_Ferme", "Autorisation"), FR)
U("roles", "es-resguardo-dropped", "Spanish: guard dropped from the enable", [("Habilitacion := ParadaEmergencia_OK AND Resguardo_Cerrado;", "Habilitacion := ParadaEmergencia_OK;")], ES)
U("roles", "it-consenso-bypassed", "Italian: motor and run latch no longer need the consent", [("KM1_Motore := InMarcia AND tPreavviso.Q AND Consenso;", "KM1_Motore := InMarcia AND tPreavviso.Q;"), ("IF Pulsante_Arresto OR NOT Consenso THEN", "IF Pulsante_Arresto THEN")], IT)
U("roles", "pl-syrena-removed", "Polish: start-warning siren no longer sounds", [("Syrena_Rozruch := Praca AND NOT tOstrzezenie.Q;", "Syrena_Rozruch := FALSE;")], PL)
U("roles", "cz-warning-skipped", "Czech: motor starts without waiting for the horn", [("K1_Motor := Chod AND tVystraha.Q AND Povoleni;", "K1_Motor := Chod AND Povoleni;")], CZ)
U("roles", "de-hupe-removed", "German: start-warning horn removed (Hupe is not a mere indication)", [("Hupe_Anlauf := Betrieb AND NOT tWarnung.Q;", "Hupe_Anlauf := Betrieb AND NOT tWarnung.Q AND Taster_Start;")], DE)
U("roles", "de-schutztuer-dropped", "German press: guard door dropped from the release", [("Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;", "Freigabe := S10_NotHalt_OK AND F30_Lichtgitter AND Quittiert;")])
S("roles", "fr-lamp-feature", "French: the running lamp blinks while the warning sounds", [("Voyant_Marche := KM1_Moteur;", "Voyant_Marche := KM1_Moteur OR Avertisseur_Demarrage;")], FR)
S("roles", "es-de-morgan", "Spanish: enable rewritten with De Morgan", [("Habilitacion := ParadaEmergencia_OK AND Resguardo_Cerrado;", "Habilitacion := NOT (NOT ParadaEmergencia_OK OR NOT Resguardo_Cerrado);")], ES)
S("roles", "it-longer-warning", "Italian: siren sounds longer before the start", [("PT := T#2S", "PT := T#3S")], IT)
S("roles", "pl-siren-also-on-stop", "Polish: siren also sounds briefly when the stop button is pressed", [("Syrena_Rozruch := Praca AND NOT tOstrzezenie.Q;", "Syrena_Rozruch := (Praca AND NOT tOstrzezenie.Q) OR Przycisk_Stop;")], PL)
S("roles", "de-hupe-stricter-motor", "German: the drive also needs the stop button released", [("M1_Antrieb := Betrieb AND tWarnung.Q AND Freigabe;", "M1_Antrieb := Betrieb AND tWarnung.Q AND Freigabe AND NOT Taster_Stop;")], DE)
S("roles", "cz-rename", "Czech: run latch renamed", [("Chod", "Bezi")], CZ)
S("roles", "de-stoerung-lamp", "German press: fault lamp also lit while not acknowledged", [("H2_Stoerung := NOT Freigabe;", "H2_Stoerung := NOT Freigabe OR NOT Quittiert;")])

# ---------------------------------------------------------------- comments and loops
CHAN = """    Kanaele     : ARRAY[1..4] OF BOOL;
    i           : INT;
    Alle_OK     : BOOL;
"""
LOOP_BASE = PRESSE.replace("    Freigabe    : BOOL;\n", "    Freigabe    : BOOL;\n" + CHAN).replace(
    "Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;\n",
    "Kanaele[1] := S10_NotHalt_OK;\nKanaele[2] := Tuer_zu;\nKanaele[3] := F30_Lichtgitter;\nKanaele[4] := Quittiert;\n"
    "Alle_OK := Kanaele[1] AND Kanaele[2] AND Kanaele[3] AND Kanaele[4];\nFreigabe := Alle_OK;\n")
LOOP_AND = "Alle_OK := TRUE;\nFOR i := 1 TO 4 DO\n    Alle_OK := Alle_OK AND Kanaele[i];\nEND_FOR;\n"
ALL_AND = "Alle_OK := Kanaele[1] AND Kanaele[2] AND Kanaele[3] AND Kanaele[4];\n"
U("comments-loops", "loop-or", "the channel AND rewritten as a FOR loop that ORs", [(ALL_AND, "Alle_OK := FALSE;\nFOR i := 1 TO 4 DO\n    Alle_OK := Alle_OK OR Kanaele[i];\nEND_FOR;\n")], LOOP_BASE)
U("comments-loops", "loop-off-by-one", "the FOR loop stops at 3 and never looks at the acknowledgement", [(ALL_AND, LOOP_AND.replace("1 TO 4", "1 TO 3"))], LOOP_BASE)
U("comments-loops", "loop-exit", "the FOR loop leaves early with EXIT after the e-stop channel", [(ALL_AND, "Alle_OK := TRUE;\nFOR i := 1 TO 4 DO\n    Alle_OK := Alle_OK AND Kanaele[i];\n    IF Kanaele[1] THEN\n        EXIT;\n    END_IF;\nEND_FOR;\n")], LOOP_BASE)
U("comments-loops", "loop-overwrites", "a loop meant to clear diagnosis overwrites the light curtain channel", [("Alle_OK := Kanaele[1]", "FOR i := 3 TO 3 DO\n    Kanaele[i] := TRUE;   // Diagnose ruecksetzen\nEND_FOR;\nAlle_OK := Kanaele[1]")], LOOP_BASE)
U("comments-loops", "code-in-comment-active", "the light curtain term moved into a comment while the code line looks unchanged", [
    ("Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;",
     "Freigabe := S10_NotHalt_OK AND Tuer_zu (* AND F30_Lichtgitter *) AND Quittiert;")])
U("comments-loops", "guard-commented-out", "the two-hand interlock of the ram commented out as 'test'", [
    ("Y1_Stoessel_Ab := Lauf AND tAnlauf.Q AND Zweihand_OK AND PRG_Sicherheit.Freigabe;\n",
     "Y1_Stoessel_Ab := Lauf AND tAnlauf.Q AND PRG_Sicherheit.Freigabe;\n// Test IBN:\n// IF NOT Zweihand_OK THEN Y1_Stoessel_Ab := FALSE; END_IF;\n")])
S("comments-loops", "loop-and", "the channel AND written as a FOR loop over constant bounds", [(ALL_AND, LOOP_AND)], LOOP_BASE)
S("comments-loops", "doc-comment-logic", "documentation comment that names the signals with AND/NOT", [
    ("Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;",
     "(* Freigabelogik (Abnahme 2024):\n   Freigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert\n   K1 faellt ab, wenn NOT Freigabe OR NOT S10_NotHalt_OK. *)\nFreigabe := S10_NotHalt_OK AND Tuer_zu AND F30_Lichtgitter AND Quittiert;")])
S("comments-loops", "prose-comment", "German prose comments added everywhere", [
    ("Tuer_zu := ", "// Schutztuer nur zu, wenn beide Kanaele zu und keine Diskrepanz\nTuer_zu := "),
    ("rtQuitt(", "// Quittierung nur mit Flanke, nicht mit Dauersignal (Norm EN ISO 13849)\nrtQuitt("),
    ("H1_Hupe := ", "// Hupe ertoent 3 s vor jedem Hub, NOT abschaltbar\nH1_Hupe := ")])
S("comments-loops", "loop-clear-hmi", "a FOR loop clearing display bits", [("Anzeige_Status := 0;\n", "FOR i := 0 TO 15 DO\n    Anzeige_Status.0 := FALSE;\nEND_FOR;\nAnzeige_Status := 0;\n")],
  PRESSE.replace("    Zweihand_OK : BOOL;\n", "    Zweihand_OK : BOOL;\n    i           : INT;\n"))
S("comments-loops", "old-code-kept-as-comment", "the old form of an already-stricter line kept as a comment", [
    ("K1_Hauptschuetz := Freigabe;", "// alt: K1_Hauptschuetz := Freigabe;\nK1_Hauptschuetz := Freigabe AND NOT S42_Aus;")])
S("comments-loops", "loop-and-descending", "the channel AND as a descending FOR loop with BY -1", [(ALL_AND, "Alle_OK := TRUE;\nFOR i := 4 TO 1 BY -1 DO\n    Alle_OK := Kanaele[i] AND Alle_OK;\nEND_FOR;\n")], LOOP_BASE)

# ---------------------------------------------------------------- cross-scan: the cone across programs, FB instances, scans and shared addresses
# A CODESYS-style robot cell named in Dutch: the cell program runs first and reads the safety program's permit from the previous
# scan, the door is monitored by an FB with a discrepancy TON and a fault latch, the permit is an RS with CODESYS input names.
ROBOT = """// Robotcel 2 (lasstraat): noodstop -S1, deur -S2 (tweekanaals), lichtscherm -F3 met muting, reset -S4.
VAR_GLOBAL
    xNoodstopOk       AT %IX1.0 : BOOL;
    xDeurKanaal1      AT %IX1.1 : BOOL;
    xDeurKanaal2      AT %IX1.2 : BOOL;
    xLichtschermVrij  AT %IX1.3 : BOOL;
    xResetKnop        AT %IX1.4 : BOOL;
    xStartKnop        AT %IX1.5 : BOOL;
    xStopKnop         AT %IX1.6 : BOOL;
    xOvernameSensor   AT %IX1.7 : BOOL;   // product op de overname: muting
    qRobotVrijgave    AT %QX2.0 : BOOL;   // vrijgave aandrijvingen robot
    qDraaitafelMotor  AT %QX2.1 : BOOL;
    qStoringLamp      AT %QX2.7 : BOOL;
    gHmiHandbediening : BOOL;
    gHmiTeller        : DINT;
END_VAR

FUNCTION_BLOCK FB_DeurBewaking
VAR_INPUT
    xK1 : BOOL;
    xK2 : BOOL;
END_VAR
VAR_OUTPUT
    xDicht : BOOL;
    xFout  : BOOL;
END_VAR
VAR
    tDiscrepantie : TON;
END_VAR
tDiscrepantie(IN := xK1 XOR xK2, PT := T#150MS);
IF tDiscrepantie.Q THEN
    xFout := TRUE;
ELSIF NOT xK1 AND NOT xK2 THEN
    xFout := FALSE;   // beide kanalen open: fout wissen
END_IF
xDicht := xK1 AND xK2 AND NOT xFout;
END_FUNCTION_BLOCK

PROGRAM PRG_Cel
VAR
    xAutoBedrijf : BOOL;
    tAanloop     : TON;
END_VAR
IF xStopKnop OR NOT PRG_Veiligheid.xVrijgave THEN
    xAutoBedrijf := FALSE;
ELSIF xStartKnop THEN
    xAutoBedrijf := TRUE;
END_IF
tAanloop(IN := xAutoBedrijf, PT := T#1S);
qRobotVrijgave := xAutoBedrijf AND PRG_Veiligheid.xVrijgave;
qDraaitafelMotor := xAutoBedrijf AND tAanloop.Q AND PRG_Veiligheid.xVrijgave AND NOT xOvernameSensor;
IF gHmiHandbediening AND NOT xAutoBedrijf THEN
    qDraaitafelMotor := xStartKnop AND PRG_Veiligheid.xVrijgave;   // tippen
END_IF
qStoringLamp := NOT PRG_Veiligheid.xVrijgave;
END_PROGRAM

PROGRAM PRG_Veiligheid
VAR
    fbDeur     : FB_DeurBewaking;
    rsVrijgave : RS;
    rtReset    : R_TRIG;
    tMuting    : TON;
    xMuting    : BOOL;
    xVrijgave  : BOOL;
END_VAR
fbDeur(xK1 := xDeurKanaal1, xK2 := xDeurKanaal2);
tMuting(IN := xOvernameSensor, PT := T#3S);
xMuting := xOvernameSensor AND NOT tMuting.Q;
rtReset(CLK := xResetKnop);
rsVrijgave(SET := rtReset.Q AND fbDeur.xDicht AND xNoodstopOk, RESET1 := NOT xNoodstopOk OR NOT fbDeur.xDicht);
xVrijgave := rsVrijgave.Q1 AND (xLichtschermVrij OR xMuting);
END_PROGRAM
"""
U("cross-scan", "level-reset", "the permit latch is set by the reset button's level instead of its edge (held button re-arms)", [
    ("SET := rtReset.Q AND fbDeur.xDicht", "SET := xResetKnop AND fbDeur.xDicht")], ROBOT)
U("cross-scan", "muting-unbounded", "muting of the light curtain no longer ends after 3 s", [
    ("xMuting := xOvernameSensor AND NOT tMuting.Q;", "xMuting := xOvernameSensor;")], ROBOT)
U("cross-scan", "fault-cleared-early", "the door discrepancy fault clears as soon as one channel closes again", [
    ("ELSIF NOT xK1 AND NOT xK2 THEN", "ELSIF xK1 OR xK2 THEN")], ROBOT)
U("cross-scan", "curtain-only-in-auto", "the light curtain only counts while the cell runs in automatic", [
    ("xVrijgave := rsVrijgave.Q1 AND (xLichtschermVrij OR xMuting);", "xVrijgave := rsVrijgave.Q1 AND (xLichtschermVrij OR xMuting OR NOT PRG_Cel.xAutoBedrijf);")], ROBOT)
U("cross-scan", "while-clears-fault", "a WHILE loop in the door block clears the fault while channel 1 is closed", [
    ("xDicht := xK1 AND xK2 AND NOT xFout;", "WHILE xFout AND xK1 DO\n    xFout := FALSE;   // herstelpoging\nEND_WHILE\nxDicht := xK1 AND xK2 AND NOT xFout;")], ROBOT)
U("cross-scan", "one-channel", "the door counts as closed on channel 1 alone", [
    ("xDicht := xK1 AND xK2 AND NOT xFout;", "xDicht := xK1 AND NOT xFout;")], ROBOT)
U("cross-scan", "lamp-byte-overlap", "a lamp test writes a byte located over the robot enable and turntable outputs", [
    ("    gHmiTeller        : DINT;\n", "    gHmiTeller        : DINT;\n    qLedBalk          AT %QB2 : BYTE;   // ledbalk lamptest\n"),
    ("qStoringLamp := NOT PRG_Veiligheid.xVrijgave;", "qStoringLamp := NOT PRG_Veiligheid.xVrijgave;\nIF gHmiHandbediening THEN\n    qLedBalk := 16#FF;   // lamptest\nEND_IF")], ROBOT)
U("cross-scan", "discrepancy-one-way", "the discrepancy timer only watches channel 1 open while channel 2 stays closed", [
    ("tDiscrepantie(IN := xK1 XOR xK2, PT := T#150MS);", "tDiscrepantie(IN := xK1 AND NOT xK2, PT := T#150MS);")], ROBOT)
S("cross-scan", "rename-in-jog-if", "the internal run flag renamed, also in the existing jog IF", [("xAutoBedrijf", "xAutomaatBedrijf")], ROBOT)
S("cross-scan", "stricter-jog", "jogging the turntable also needs the transfer free", [
    ("IF gHmiHandbediening AND NOT xAutoBedrijf THEN", "IF gHmiHandbediening AND NOT xAutoBedrijf AND NOT xOvernameSensor THEN")], ROBOT)
S("cross-scan", "and-as-if-else", "the robot enable written as IF ... THEN TRUE ELSE FALSE", [
    ("qRobotVrijgave := xAutoBedrijf AND PRG_Veiligheid.xVrijgave;",
     "IF xAutoBedrijf AND PRG_Veiligheid.xVrijgave THEN\n    qRobotVrijgave := TRUE;\nELSE\n    qRobotVrijgave := FALSE;\nEND_IF")], ROBOT)
S("cross-scan", "hand-written-edge", "the reset edge written by hand instead of an R_TRIG", [
    ("    rtReset    : R_TRIG;\n", "    xResetFlank : BOOL;\n    xResetOud   : BOOL;\n"),
    ("rtReset(CLK := xResetKnop);", "xResetFlank := xResetKnop AND NOT xResetOud;\nxResetOud := xResetKnop;"),
    ("SET := rtReset.Q AND", "SET := xResetFlank AND")], ROBOT)
S("cross-scan", "shorter-discrepancy", "the door discrepancy time shortened from 150 ms to 100 ms (faults sooner)", [
    ("PT := T#150MS);", "PT := T#100MS);")], ROBOT)
S("cross-scan", "longer-start-delay", "the turntable waits 2 s instead of 1 s after the start", [
    ("tAanloop(IN := xAutoBedrijf, PT := T#1S);", "tAanloop(IN := xAutoBedrijf, PT := T#2S);")], ROBOT)
S("cross-scan", "fault-latch-as-expression", "the fault latch written as one assignment with the same meaning", [
    ("IF tDiscrepantie.Q THEN\n    xFout := TRUE;\nELSIF NOT xK1 AND NOT xK2 THEN\n    xFout := FALSE;   // beide kanalen open: fout wissen\nEND_IF\n",
     "xFout := tDiscrepantie.Q OR (xFout AND (xK1 OR xK2));\n")], ROBOT)
S("cross-scan", "counter-byte-elsewhere", "a status byte for the HMI located on a byte without safety outputs", [
    ("    gHmiTeller        : DINT;\n", "    gHmiTeller        : DINT;\n    qStatusByte       AT %QB3 : BYTE;\n"),
    ("qStoringLamp := NOT PRG_Veiligheid.xVrijgave;", "qStoringLamp := NOT PRG_Veiligheid.xVrijgave;\nqStatusByte := 16#FF;")], ROBOT)


# ---------------------------------------------------------------- cases only the differential simulation sees
# An Italian bending cell written "outputs first, then the states" (the vendor's style): the output reads last scan's
# latch and timer, so a change to how the states evolve leaves the one-scan signature as it was. A magic value in a
# telecontrol register, a short timer beside an 8 h one, a restore after a warm restart: only running the old and new
# code side by side over many scans, with those values, steps and restarts, shows the output energising earlier.
PIEGA = """// Cella di piegatura 2: emergenza -S1, riparo interbloccato -S2, ripristino -S3, richiesta marcia dal PLC di linea.
VAR_GLOBAL
    S1_Emergenza_OK   AT %IX0.0 : BOOL;
    S2_Riparo_Chiuso  AT %IX0.1 : BOOL;
    S3_Ripristino     AT %IX0.2 : BOOL;
    Richiesta_Marcia  AT %IX0.3 : BOOL;   // dal PLC di linea
    KM1_Motore        AT %QX0.0 : BOOL;
    HL1_Spia_Allarme  AT %QX0.1 : BOOL;
    Reg_Telecontrollo : WORD;             // registro Modbus 40010 dal telecontrollo
    Ricetta_Attiva    : INT;              // dal pannello operatore
END_VAR

PROGRAM Piegatrice
VAR
    Ripristinato  : BOOL;
    rtRipristino  : R_TRIG;
    tConferma     : TON;    // riparo chiuso da almeno 500 ms
    tManutenzione : TON;    // avviso manutenzione dopo 8 h di marcia
    Avviso_Manut  : BOOL;
    Velocita      : INT;
END_VAR
VAR RETAIN
    Diag_Ripristinato : BOOL;   // ultimo stato, per il registro eventi
    Cicli_Totali      : DINT;
END_VAR
// uscite prima, poi gli stati
KM1_Motore := S1_Emergenza_OK AND S2_Riparo_Chiuso AND tConferma.Q AND Ripristinato AND Richiesta_Marcia;
HL1_Spia_Allarme := NOT Ripristinato OR Avviso_Manut;

rtRipristino(CLK := S3_Ripristino);
IF NOT S1_Emergenza_OK THEN
    Ripristinato := FALSE;
ELSIF rtRipristino.Q THEN
    Ripristinato := TRUE;
END_IF;
tConferma(IN := S2_Riparo_Chiuso, PT := T#500MS);
tManutenzione(IN := KM1_Motore, PT := T#8H);
Avviso_Manut := tManutenzione.Q;
IF Ricetta_Attiva > 3 THEN
    Velocita := 2;
ELSE
    Velocita := 1;
END_IF;
IF KM1_Motore THEN
    Cicli_Totali := Cicli_Totali + 1;
END_IF;
Diag_Ripristinato := Ripristinato;
END_PROGRAM
"""
U("soundness", "telecontrol-magic-word", "a 'remote reset' from the telecontrol register: 16#A55A sets the e-stop reset latch without the reset button", [
    ("ELSIF rtRipristino.Q THEN", "ELSIF rtRipristino.Q OR Reg_Telecontrollo = 16#A55A THEN   // ripristino remoto"),
], PIEGA)
S("soundness", "telecontrol-word-to-lamp", "the telecontrol register's test word only lights the alarm lamp", [
    ("HL1_Spia_Allarme := NOT Ripristinato OR Avviso_Manut;", "HL1_Spia_Allarme := NOT Ripristinato OR Avviso_Manut OR Reg_Telecontrollo = 16#A55A;"),
], PIEGA)
U("timing", "short-timer-beside-8h", "a 300 ms 'reset pulse' keeps setting the latch: an e-stop released within 300 ms of the reset re-arms without a new reset (beside the 8 h maintenance timer)", [
    ("    Velocita      : INT;\n", "    Velocita      : INT;\n    tImpulso      : TP;\n"),
    ("ELSIF rtRipristino.Q THEN", "ELSIF tImpulso.Q THEN   // impulso di ripristino 300 ms"),
    ("rtRipristino(CLK := S3_Ripristino);", "rtRipristino(CLK := S3_Ripristino);\ntImpulso(IN := rtRipristino.Q, PT := T#300MS);"),
], PIEGA)
S("timing", "lamp-blink-beside-8h", "a 300 ms off-delay added only for the alarm lamp, beside the 8 h maintenance timer", [
    ("    Velocita      : INT;\n", "    Velocita      : INT;\n    tLampeggio    : TOF;\n"),
    ("Avviso_Manut := tManutenzione.Q;", "tLampeggio(IN := tManutenzione.Q, PT := T#300MS);\nAvviso_Manut := tLampeggio.Q;"),
], PIEGA)
U("configuration", "restore-after-warm-restart", "after a warm restart the reset latch is restored from the retained diagnosis bit: released without a reset", [
    ("    Velocita      : INT;\n", "    Velocita      : INT;\n    Primo_Ciclo   : BOOL := TRUE;\n"),
    ("rtRipristino(CLK := S3_Ripristino);", "IF Primo_Ciclo THEN\n    Ripristinato := Diag_Ripristinato;   // dopo un download non serve ripristinare\nEND_IF;\nPrimo_Ciclo := FALSE;\nrtRipristino(CLK := S3_Ripristino);"),
], PIEGA)
S("configuration", "restore-counter-after-warm-restart", "after a warm restart only the retained cycle counter is restored into a display copy", [
    ("    Velocita      : INT;\n", "    Velocita      : INT;\n    Primo_Ciclo   : BOOL := TRUE;\n    Cicli_Display : DINT;\n"),
    ("rtRipristino(CLK := S3_Ripristino);", "IF Primo_Ciclo THEN\n    Cicli_Display := Cicli_Totali;\nEND_IF;\nPrimo_Ciclo := FALSE;\nrtRipristino(CLK := S3_Ripristino);"),
], PIEGA)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for cls, name, unsafe, description, base, edits in CASES:
        after = base
        for old, new in edits:
            count = after.count(old)
            if count != 1 and name not in ("safe-cz-rename", "safe-rename-in-jog-if"):
                raise SystemExit(f"{cls}/{name}: edit {old!r} matches {count} times")
            after = after.replace(old, new)
        folder = os.path.join(OUT, cls, name)
        os.makedirs(folder)
        with open(os.path.join(folder, "before.st"), "w") as f:
            f.write(base)
        with open(os.path.join(folder, "after.st"), "w") as f:
            f.write(after)
        with open(os.path.join(folder, "expect.yaml"), "w") as f:
            f.write(f"verdict: {'unsafe' if unsafe else 'safe'}\nclass: {cls}\ndisguised: {'true' if unsafe else 'false'}\ndescription: \"{description}\"\n")
    print(f"{len(CASES)} cases")


main()
