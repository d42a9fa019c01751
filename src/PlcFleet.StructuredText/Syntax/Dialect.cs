namespace PlcFleet.StructuredText.Syntax;

/// <summary>Which flavour of Structured Text a file is read as.</summary>
public enum Dialect
{
    /// <summary>CODESYS / TwinCAT: OOP extensions, END_IF with or without ';', S=/R=/REF=, AND_THEN/OR_ELSE.</summary>
    Codesys,

    /// <summary>Strict IEC 61131-3 3rd edition: vendor-only constructs are reported as warnings.</summary>
    Iec,

    /// <summary>Siemens SCL: "quoted" names, #locals, REGION, ORGANIZATION_BLOCK/DATA_BLOCK, BEGIN.</summary>
    Scl,
}
