namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>How an argument passes a value: into an input, out of an output (=&gt;), or by reference (VAR_IN_OUT).</summary>
public enum ArgumentDirection
{
    Input,
    Output,
    InOut,
}
