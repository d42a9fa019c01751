using System.Text;

namespace PlcFleet.Formats.Tests.Vendor;

/// <summary>Small vendor files shaped as their tools save them, around a conveyor with an e-stop and a guard door.</summary>
internal static class VendorSamples
{
    /// <summary>A TwinCAT 3 function block with a method, a property (Get/Set) and an action; CRLF line ends as TwinCAT writes them.</summary>
    public static string ConveyorTcPou => """
        <?xml version="1.0" encoding="utf-8"?>
        <TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
          <POU Name="FB_Conveyor" Id="{5d7c3a21-8e0b-4c7e-9a55-2f1d3b6c9e01}" SpecialFunc="None">
            <Declaration><![CDATA[FUNCTION_BLOCK FB_Conveyor
        VAR_INPUT
        	bEStopOk   : BOOL;   // e-stop relay healthy
        	bGuardClosed : BOOL; // guard door switch
        	bStartPb   : BOOL;
        END_VAR
        VAR_OUTPUT
        	bMotorOn   : BOOL;
        END_VAR
        VAR
        	_nSpeed    : INT := 50;
        	tonJam     : TON;
        END_VAR
        ]]></Declaration>
            <Implementation>
              <ST><![CDATA[IF NOT bEStopOk OR NOT bGuardClosed THEN
        	bMotorOn := FALSE;
        ELSIF bStartPb THEN
        	bMotorOn := M_Permit();
        END_IF
        tonJam(IN := bMotorOn, PT := T#5S);]]></ST>
            </Implementation>
            <Method Name="M_Permit" Id="{0b6f1c52-3e9d-4a41-8f2c-7d5e9a1b2c03}">
              <Declaration><![CDATA[METHOD M_Permit : BOOL
        VAR_INPUT
        END_VAR
        ]]></Declaration>
              <Implementation>
                <ST><![CDATA[M_Permit := bEStopOk AND bGuardClosed AND NOT tonJam.Q;]]></ST>
              </Implementation>
            </Method>
            <Property Name="nSpeed" Id="{9a2e4d61-5b7c-4f80-a3d1-6e8f0b2c4d05}">
              <Declaration><![CDATA[PROPERTY nSpeed : INT]]></Declaration>
              <Get Name="Get" Id="{1c3e5a70-2b4d-4e6f-8a9b-0c1d2e3f4a06}">
                <Declaration><![CDATA[VAR
        END_VAR
        ]]></Declaration>
                <Implementation>
                  <ST><![CDATA[nSpeed := _nSpeed;]]></ST>
                </Implementation>
              </Get>
              <Set Name="Set" Id="{2d4f6b81-3c5e-4f70-9b0c-1d2e3f4a5b07}">
                <Declaration><![CDATA[VAR
        END_VAR
        ]]></Declaration>
                <Implementation>
                  <ST><![CDATA[_nSpeed := LIMIT(0, nSpeed, 100);]]></ST>
                </Implementation>
              </Set>
            </Property>
            <Action Name="A_Stop" Id="{3e5a7c92-4d6f-4081-8c1d-2e3f4a5b6c08}">
              <Implementation>
                <ST><![CDATA[bMotorOn := FALSE;]]></ST>
              </Implementation>
            </Action>
            <LineIds Name="FB_Conveyor">
              <LineId Id="3" Count="4" />
            </LineIds>
          </POU>
        </TcPlcObject>
        """.ReplaceLineEndings("\r\n");

    public static byte[] WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    /// <summary>PLCopen XML as CODESYS exports it: declarations as XML, the ST body as escaped text in an xhtml element.</summary>
    public static string GuardPlcOpen(string ns = "http://www.plcopen.org/xml/tc6_0200") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <project xmlns="{ns}">
          <fileHeader companyName="" productName="CODESYS" productVersion="CODESYS V3.5 SP16" creationDateTime="2024-03-01T10:00:00" />
          <contentHeader name="Line3"><coordinateInfo><fbd><scaling x="1" y="1" /></fbd><ld><scaling x="1" y="1" /></ld><sfc><scaling x="1" y="1" /></sfc></coordinateInfo></contentHeader>
          <types>
            <dataTypes>
              <dataType name="E_DoorState">
                <baseType><enum><values><value name="Open" /><value name="Closed" /><value name="Locked" /></values></enum></baseType>
              </dataType>
            </dataTypes>
            <pous>
              <pou name="FB_GuardDoor" pouType="functionBlock">
                <interface>
                  <inputVars>
                    <variable name="xDoorClosed"><type><BOOL /></type></variable>
                    <variable name="xLockFeedback"><type><BOOL /></type></variable>
                  </inputVars>
                  <outputVars>
                    <variable name="xSafe"><type><BOOL /></type></variable>
                  </outputVars>
                  <localVars>
                    <variable name="nOpenCount"><type><INT /></type><initialValue><simpleValue value="0" /></initialValue></variable>
                    <variable name="eState"><type><derived name="E_DoorState" /></type></variable>
                  </localVars>
                </interface>
                <body>
                  <ST>
                    <xhtml xmlns="http://www.w3.org/1999/xhtml">IF xDoorClosed AND xLockFeedback THEN
            eState := E_DoorState.Locked;
        ELSIF nOpenCount &lt; 32000 AND NOT xDoorClosed THEN
            nOpenCount := nOpenCount + 1;
            eState := E_DoorState.Open;
        END_IF
        xSafe := eState = E_DoorState.Locked;</xhtml>
                  </ST>
                </body>
              </pou>
              <pou name="PLC_PRG" pouType="program">
                <interface>
                  <localVars>
                    <variable name="fbDoor"><type><derived name="FB_GuardDoor" /></type></variable>
                    <variable name="xDoorSwitch" address="%IX0.0"><type><BOOL /></type></variable>
                  </localVars>
                </interface>
                <body>
                  <LD>
                    <leftPowerRail localId="1"><connectionPointOut formalParameter="" /></leftPowerRail>
                    <contact localId="2" negated="false"><connectionPointIn><connection refLocalId="1" /></connectionPointIn><variable>xDoorSwitch</variable></contact>
                    <coil localId="3" negated="false"><connectionPointIn><connection refLocalId="2" /></connectionPointIn><variable>fbDoor.xDoorClosed</variable></coil>
                  </LD>
                </body>
              </pou>
            </pous>
          </types>
          <instances>
            <configurations>
              <configuration name="Config">
                <resource name="Res">
                  <task name="MainTask" priority="1" interval="T#10ms"><pouInstance name="Main" typeName="PLC_PRG" /></task>
                </resource>
              </configuration>
            </configurations>
          </instances>
        </project>
        """;

    /// <summary>An L5X export with controller tags, a program with an ST and a ladder routine, and an AOI.</summary>
    public static string PackagingL5x => """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <RSLogix5000Content SchemaRevision="1.0" SoftwareRevision="33.01" TargetName="Packer" TargetType="Controller" ContainsContext="false">
        <Controller Use="Target" Name="Packer" ProcessorType="1769-L33ER" MajorRev="33" MinorRev="11">
        <DataTypes>
        <DataType Name="UDT_Motor" Family="NoFamily" Class="User">
        <Members>
        <Member Name="ZZZZZZZZZZUDT_Motor0" DataType="SINT" Dimension="0" Radix="Decimal" Hidden="true" ExternalAccess="Read/Write"/>
        <Member Name="Run" DataType="BIT" Dimension="0" Radix="Decimal" Hidden="false" Target="ZZZZZZZZZZUDT_Motor0" BitNumber="0" ExternalAccess="Read/Write"/>
        <Member Name="Fault" DataType="BIT" Dimension="0" Radix="Decimal" Hidden="false" Target="ZZZZZZZZZZUDT_Motor0" BitNumber="1" ExternalAccess="Read/Write"/>
        <Member Name="SpeedRef" DataType="REAL" Dimension="0" Radix="Float" Hidden="false" ExternalAccess="Read/Write"/>
        </Members>
        </DataType>
        </DataTypes>
        <AddOnInstructionDefinitions>
        <AddOnInstructionDefinition Name="AOI_Interlock" Revision="1.0" ExecutePrescan="false" ExecutePostscan="false" ExecuteEnableInFalse="false">
        <Parameters>
        <Parameter Name="EnableIn" TagType="Base" DataType="BOOL" Usage="Input" Radix="Decimal" Required="false" Visible="false" ExternalAccess="Read Only"/>
        <Parameter Name="EnableOut" TagType="Base" DataType="BOOL" Usage="Output" Radix="Decimal" Required="false" Visible="false" ExternalAccess="Read Only"/>
        <Parameter Name="EStopOk" TagType="Base" DataType="BOOL" Usage="Input" Radix="Decimal" Required="true" Visible="true" ExternalAccess="Read/Write"/>
        <Parameter Name="GuardClosed" TagType="Base" DataType="BOOL" Usage="Input" Radix="Decimal" Required="true" Visible="true" ExternalAccess="Read/Write"/>
        <Parameter Name="Permit" TagType="Base" DataType="BOOL" Usage="Output" Radix="Decimal" Required="false" Visible="true" ExternalAccess="Read Only"/>
        </Parameters>
        <LocalTags>
        <LocalTag Name="Latched" DataType="BOOL" Radix="Decimal" ExternalAccess="None"/>
        </LocalTags>
        <Routines>
        <Routine Name="Logic" Type="ST">
        <STContent>
        <Line Number="0">
        <![CDATA[Permit := EStopOk AND GuardClosed;]]>
        </Line>
        </STContent>
        </Routine>
        </Routines>
        </AddOnInstructionDefinition>
        </AddOnInstructionDefinitions>
        <Tags>
        <Tag Name="EStopOk" TagType="Base" DataType="BOOL" Radix="Decimal" Constant="false" ExternalAccess="Read/Write"/>
        <Tag Name="Infeed" TagType="Base" DataType="UDT_Motor" Constant="false" ExternalAccess="Read/Write"/>
        <Tag Name="Local:1:I" TagType="Base" DataType="AB:Embedded_IQ16F:I:0" Constant="false" ExternalAccess="Read/Write"/>
        </Tags>
        <Programs>
        <Program Name="MainProgram" TestEdits="false" MainRoutineName="MainRoutine" Disabled="false" UseAsFolder="false">
        <Tags>
        <Tag Name="JamTimer" TagType="Base" DataType="TIMER" Constant="false" ExternalAccess="Read/Write"/>
        <Tag Name="PhotoEye" TagType="Base" DataType="BOOL" Constant="false" ExternalAccess="Read/Write"/>
        <Tag Name="Counts" TagType="Base" DataType="DINT" Dimensions="4" Constant="false" ExternalAccess="Read/Write"/>
        </Tags>
        <Routines>
        <Routine Name="MainRoutine" Type="ST">
        <STContent>
        <Line Number="0">
        <![CDATA[// infeed conveyor: runs only with the e-stop chain healthy]]>
        </Line>
        <Line Number="1">
        <![CDATA[IF EStopOk AND NOT JamTimer.DN THEN]]>
        </Line>
        <Line Number="2">
        <![CDATA[    Infeed.Run := PhotoEye;]]>
        </Line>
        <Line Number="3">
        <![CDATA[ELSE Infeed.Run := 0; END_IF;]]>
        </Line>
        </STContent>
        </Routine>
        <Routine Name="Jam" Type="RLL">
        <RLLContent>
        <Rung Number="0" Type="N">
        <Comment>
        <![CDATA[Jam: photo eye blocked for 5 s while running]]>
        </Comment>
        <Text>
        <![CDATA[XIC(PhotoEye)[XIC(Infeed.Run),XIO(EStopOk)]TON(JamTimer,5000,0);]]>
        </Text>
        </Rung>
        </RLLContent>
        </Routine>
        </Routines>
        </Program>
        </Programs>
        <Tasks>
        <Task Name="MainTask" Type="CONTINUOUS" Priority="10" Watchdog="500" DisableUpdateOutputs="false" InhibitTask="false">
        <ScheduledPrograms><ScheduledProgram Name="MainProgram"/></ScheduledPrograms>
        </Task>
        </Tasks>
        </Controller>
        </RSLogix5000Content>
        """;

    /// <summary>A CODESYS 2.3 export in Windows-1252 with an umlaut, an ST program and a ladder program.</summary>
    public static string PressExp => """
        (* @NESTEDCOMMENTS := 'Yes' *)
        (* @PATH := '\/Presse' *)
        (* @OBJECTFLAGS := '0, 8' *)
        (* @SYMFILEFLAGS := '2048' *)
        PROGRAM PLC_PRG
        VAR
        	xNotAus : BOOL; (* Not-Aus-Kreis geschlossen, Schutztür zu *)
        	xPresseAb : BOOL;
        	xZweiHand : BOOL;
        END_VAR
        (* @END_DECLARATION := '0' *)
        xPresseAb := xNotAus AND xZweiHand; (* Größe: nur mit Zweihand *)
        END_PROGRAM

        (* @NESTEDCOMMENTS := 'Yes' *)
        (* @PATH := '\/Presse' *)
        (* @OBJECTFLAGS := '0, 8' *)
        (* @SYMFILEFLAGS := '2048' *)
        PROGRAM LAMPE
        VAR
        	xLampe : BOOL;
        END_VAR
        (* @END_DECLARATION := '0' *)
        _LD_BODY
        _NETWORKS : 1
        _NETWORK
        _COMMENT
        ''
        _END_COMMENT
        _LD_ASSIGN
        _LD_CONTACT
        PLC_PRG.xNotAus
        _EXPRESSION
        _POSITIV
        _OUTPUTS : 1
        _OUTPUT
        _POSITIV
        _NO_SET
        xLampe
        END_PROGRAM

        """.ReplaceLineEndings("\r\n");
}
