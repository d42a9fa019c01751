using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Tests.Semantics.StandardLibrary;

public sealed class FunctionResolverTests
{
    private static StandardFunction F(string name) =>
        StandardCatalog.TryGetFunction(name, out var f) ? f : throw new ArgumentException(name);

    private static StType Type(string name) => name switch
    {
        "STRING" => StringType.String,
        "WSTRING" => StringType.WString,
        _ when ElementaryType.TryLookup(name, out var t) => t,
        _ => throw new ArgumentException(name),
    };

    private static FunctionArgument Arg(string type) => FunctionArgument.Positional(Type(type));

    private static FunctionArgument Lit(string literal) => FunctionArgument.Literal(LiteralParser.Parse(literal).Value!);

    private static FunctionResolution Call(string function, params FunctionArgument[] args) => FunctionResolver.Resolve(F(function), args);

    [Fact]
    public void LIMIT_with_literal_bounds_takes_the_type_of_the_variable()
    {
        var result = Call("LIMIT", Lit("0"), Arg("INT"), Lit("100"));
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(ElementaryType.Int, result.ResultType);
        Assert.Equal([ElementaryType.Int, ElementaryType.Int, ElementaryType.Int], result.ParameterTypes);
    }

    [Fact]
    public void LIMIT_rejects_a_literal_bound_that_does_not_fit()
    {
        var result = Call("LIMIT", Lit("0"), Arg("SINT"), Lit("300"));
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Error!.ArgumentIndex);
        Assert.Equal("MX", result.Error!.ParameterName);
    }

    [Theory]
    [InlineData("SHL", "BYTE", "INT", "BYTE")]
    [InlineData("SHR", "WORD", "USINT", "WORD")]
    [InlineData("ROL", "DWORD", "DINT", "DWORD")]
    [InlineData("ROR", "LWORD", "SINT", "LWORD")]
    [InlineData("MAX", "INT", "REAL", "REAL")]
    [InlineData("MIN", "SINT", "DINT", "DINT")]
    [InlineData("MAX", "TIME", "TIME", "TIME")]
    [InlineData("ADD", "INT", "DINT", "DINT")]
    [InlineData("ADD", "TIME", "TIME", "TIME")]
    [InlineData("ADD", "TOD", "TIME", "TOD")]
    [InlineData("ADD", "DT", "TIME", "DT")]
    [InlineData("SUB", "DT", "DT", "TIME")]
    [InlineData("SUB", "TOD", "TOD", "TIME")]
    [InlineData("SUB", "DATE", "DATE", "TIME")]
    [InlineData("MUL", "TIME", "INT", "TIME")]
    [InlineData("MUL", "TIME", "REAL", "TIME")]
    [InlineData("DIV", "LTIME", "DINT", "LTIME")]
    [InlineData("DIV", "REAL", "LREAL", "LREAL")]
    [InlineData("MOD", "DINT", "INT", "DINT")]
    [InlineData("EXPT", "REAL", "INT", "REAL")]
    [InlineData("ATAN2", "LREAL", "LREAL", "LREAL")]
    [InlineData("AND", "BOOL", "BOOL", "BOOL")]
    [InlineData("XOR", "BYTE", "WORD", "WORD")]
    [InlineData("GT", "INT", "REAL", "BOOL")]
    [InlineData("NE", "TIME", "TIME", "BOOL")]
    [InlineData("EQ", "STRING", "STRING", "BOOL")]
    [InlineData("CONCAT", "STRING", "STRING", "STRING")]
    [InlineData("FIND", "STRING", "STRING", "INT")]
    [InlineData("LEFT", "STRING", "INT", "STRING")]
    [InlineData("ADD_TOD_TIME", "TOD", "TIME", "TOD")]
    [InlineData("SUB_DT_DT", "DT", "DT", "TIME")]
    [InlineData("MUL_TIME", "TIME", "LREAL", "TIME")]
    [InlineData("CONCAT_DATE_TOD", "DATE", "TOD", "DT")]
    public void Two_input_calls_resolve_to_the_standard_result(string function, string a, string b, string result)
    {
        var resolution = Call(function, Arg(a), Arg(b));
        Assert.True(resolution.Succeeded, resolution.Error?.Message);
        Assert.Equal(Type(result), resolution.ResultType);
    }

    [Theory]
    [InlineData("ABS", "SINT", "SINT")]
    [InlineData("ABS", "LREAL", "LREAL")]
    [InlineData("SQRT", "REAL", "REAL")]
    [InlineData("LN", "LREAL", "LREAL")]
    [InlineData("SIN", "REAL", "REAL")]
    [InlineData("NOT", "WORD", "WORD")]
    [InlineData("NOT", "BOOL", "BOOL")]
    [InlineData("LEN", "STRING", "INT")]
    [InlineData("LEN", "WSTRING", "INT")]
    [InlineData("MOVE", "TOD", "TOD")]
    [InlineData("TRUNC", "REAL", "DINT")]
    [InlineData("TRUNC", "LREAL", "LINT")]
    [InlineData("REAL_TRUNC_INT", "REAL", "INT")]
    [InlineData("INT_TO_REAL", "INT", "REAL")]
    [InlineData("DINT_TO_INT", "DINT", "INT")]
    [InlineData("INT_TO_DINT", "SINT", "DINT")]
    [InlineData("REAL_TO_DINT", "REAL", "DINT")]
    [InlineData("BOOL_TO_INT", "BOOL", "INT")]
    [InlineData("TIME_TO_LTIME", "TIME", "LTIME")]
    [InlineData("DT_TO_TOD", "DT", "TOD")]
    [InlineData("WORD_BCD_TO_UINT", "WORD", "UINT")]
    [InlineData("BCD_TO_UINT", "WORD", "UINT")]
    [InlineData("UINT_TO_BCD_WORD", "UINT", "WORD")]
    [InlineData("TO_INT", "REAL", "INT")]
    [InlineData("TO_INT", "INT", "INT")]
    [InlineData("TO_STRING", "DINT", "STRING")]
    public void One_input_calls_resolve(string function, string argument, string result)
    {
        var resolution = Call(function, Arg(argument));
        Assert.True(resolution.Succeeded, resolution.Error?.Message);
        Assert.Equal(Type(result), resolution.ResultType);
    }

    [Fact]
    public void LEN_of_an_INT_names_input_IN()
    {
        var result = Call("LEN", Arg("INT"));
        Assert.False(result.Succeeded);
        Assert.Equal(ArgumentErrorKind.TypeMismatch, result.Error!.Kind);
        Assert.Equal(0, result.Error!.ArgumentIndex);
        Assert.Equal("IN", result.Error!.ParameterName);
        Assert.Equal("ANY_STRING", result.Error!.Expected);
        Assert.Equal(ElementaryType.Int, result.Error!.Actual);
        Assert.Equal("LEN input IN expects ANY_STRING, but got INT", result.Error!.Message);
    }

    [Theory]
    [InlineData("SHL", "INT", "INT", 0, "IN")]
    [InlineData("SHL", "BYTE", "REAL", 1, "N")]
    [InlineData("SQRT", "INT", null, 0, "IN")]
    [InlineData("MAX", "INT", "TIME", 1, "IN2")]
    [InlineData("ADD", "INT", "TIME", 1, "IN2")]
    [InlineData("ADD", "TOD", "TOD", 1, "IN2")]
    [InlineData("MOD", "REAL", "REAL", 0, "IN1")]
    [InlineData("AND", "INT", "INT", 0, "IN1")]
    [InlineData("CONCAT", "STRING", "INT", 1, "IN2")]
    [InlineData("LEFT", "STRING", "REAL", 1, "L")]
    [InlineData("MUX", "BOOL", "INT", 0, "K")]
    [InlineData("INT_TO_REAL", "DINT", null, 0, "IN")]
    [InlineData("DT_TO_TOD", "TOD", null, 0, "IN")]
    [InlineData("LIMIT", "INT", "LINT", 2, "MX")]
    public void Wrong_argument_types_name_the_argument(string function, string a, string? b, int index, string parameter)
    {
        var args = b is null ? new[] { Arg(a) } : [Arg(a), Arg(b)];
        if (function == "LIMIT")
        {
            args = [Arg("INT"), Arg("INT"), Arg("TIME")];
        }

        var result = Call(function, args);
        Assert.False(result.Succeeded);
        Assert.Equal(ArgumentErrorKind.TypeMismatch, result.Error!.Kind);
        Assert.Equal(index, result.Error!.ArgumentIndex);
        Assert.Equal(parameter, result.Error!.ParameterName);
    }

    [Fact]
    public void Extensible_functions_take_any_number_of_inputs_from_two()
    {
        var sum = Call("ADD", Arg("INT"), Arg("INT"), Arg("DINT"), Arg("SINT"));
        Assert.True(sum.Succeeded);
        Assert.Equal(ElementaryType.DInt, sum.ResultType);
        Assert.Equal(["IN1", "IN2", "IN3", "IN4"], sum.Parameters.Select(p => p.Name));

        var one = Call("ADD", Arg("INT"));
        Assert.False(one.Succeeded);
        Assert.Equal(ArgumentErrorKind.MissingArgument, one.Error!.Kind);
        Assert.Equal("IN2", one.Error!.ParameterName);
    }

    [Fact]
    public void MUX_selects_among_inputs_numbered_from_zero()
    {
        var result = Call("MUX", Arg("INT"), Arg("REAL"), Arg("REAL"), Lit("1.5"));
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(ElementaryType.Real, result.ResultType);
        Assert.Equal(["K", "IN0", "IN1", "IN2"], result.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void SEL_needs_a_BOOL_selector()
    {
        Assert.Equal(ElementaryType.Time, Call("SEL", Arg("BOOL"), Arg("TIME"), Lit("T#5s")).ResultType);
        var wrong = Call("SEL", Arg("INT"), Arg("TIME"), Arg("TIME"));
        Assert.Equal("G", wrong.Error!.ParameterName);
    }

    [Fact]
    public void Named_arguments_bind_by_formal_name_in_any_order()
    {
        var result = FunctionResolver.Resolve(F("LIMIT"),
        [
            FunctionArgument.Named("MX", ElementaryType.Int),
            FunctionArgument.Named("IN", ElementaryType.Int),
            FunctionArgument.Literal(LiteralParser.Parse("0").Value!, "mn"),
        ]);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(["MX", "IN", "MN"], result.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Named_extensible_inputs_must_not_leave_gaps()
    {
        var result = FunctionResolver.Resolve(F("ADD"),
            [FunctionArgument.Named("IN1", ElementaryType.Int), FunctionArgument.Named("IN3", ElementaryType.Int)]);
        Assert.Equal(ArgumentErrorKind.MissingArgument, result.Error!.Kind);
        Assert.Equal("IN2", result.Error!.ParameterName);
    }

    [Fact]
    public void Unknown_duplicate_missing_and_surplus_arguments_are_reported()
    {
        var unknown = FunctionResolver.Resolve(F("SHL"),
            [FunctionArgument.Named("IN", ElementaryType.Byte), FunctionArgument.Named("COUNT", ElementaryType.Int)]);
        Assert.Equal(ArgumentErrorKind.UnknownParameter, unknown.Error!.Kind);
        Assert.Equal(1, unknown.Error!.ArgumentIndex);
        Assert.Contains("IN, N", unknown.Error!.Message, StringComparison.Ordinal);

        var duplicate = FunctionResolver.Resolve(F("SHL"),
            [FunctionArgument.Named("IN", ElementaryType.Byte), FunctionArgument.Named("in", ElementaryType.Byte)]);
        Assert.Equal(ArgumentErrorKind.DuplicateArgument, duplicate.Error!.Kind);

        var missing = Call("SHL", Arg("BYTE"));
        Assert.Equal(ArgumentErrorKind.MissingArgument, missing.Error!.Kind);
        Assert.Equal("N", missing.Error!.ParameterName);

        var surplus = Call("LEN", Arg("STRING"), Arg("INT"));
        Assert.Equal(ArgumentErrorKind.TooManyArguments, surplus.Error!.Kind);
        Assert.Equal(1, surplus.Error!.ArgumentIndex);
    }

    [Fact]
    public void Only_literals_pick_the_narrowest_type_their_category_allows()
    {
        Assert.Equal(ElementaryType.DInt, Call("ADD", Lit("1"), Lit("2")).ResultType);
        Assert.Equal(ElementaryType.Byte, Call("AND", Lit("16#F0"), Lit("16#0F")).ResultType);
        Assert.Equal(ElementaryType.LReal, Call("SQRT", Lit("2.0")).ResultType);
        Assert.Equal(ElementaryType.LReal, Call("SQRT", Lit("2")).ResultType);
    }

    [Fact]
    public void Real_literal_cannot_become_an_integer_argument()
    {
        var result = Call("MOD", Arg("INT"), Lit("2.5"));
        Assert.False(result.Succeeded);
        Assert.Equal("IN2", result.Error!.ParameterName);
    }

    [Fact]
    public void Strict_mode_refuses_what_lenient_mode_accepts()
    {
        var strict = FunctionResolver.Resolve(F("INT_TO_REAL"), [Arg("WORD")]);
        var lenient = FunctionResolver.Resolve(F("INT_TO_REAL"), [Arg("WORD")], ConversionMode.Lenient);
        Assert.False(strict.Succeeded);
        Assert.True(lenient.Succeeded);
        Assert.Equal(ElementaryType.Int, lenient.ParameterTypes[0]);
    }

    [Fact]
    public void Exact_overload_is_preferred_over_a_converting_one()
    {
        var result = FunctionResolver.Resolve(F("TO_DINT"), [Arg("INT")], ConversionMode.Lenient);
        Assert.True(result.Succeeded);
        Assert.Equal(ElementaryType.Int, result.ParameterTypes[0]);
    }

    [Fact]
    public void Error_typed_arguments_do_not_cascade()
    {
        var result = Call("LIMIT", FunctionArgument.Positional(ErrorType.Instance), Arg("INT"), Lit("100"));
        Assert.True(result.Succeeded);
        Assert.Equal(ErrorType.Instance, Call("SQRT", FunctionArgument.Positional(ErrorType.Instance)).ResultType);
        Assert.True(Call("LEN", FunctionArgument.Positional(ErrorType.Instance)).Succeeded);
    }

    [Fact]
    public void Aliases_of_elementary_types_are_accepted_by_category()
    {
        var speed = new AliasType("MotorSpeed", ElementaryType.Int);
        var result = Call("LIMIT", Lit("0"), FunctionArgument.Positional(speed), Lit("1500"));
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(speed, result.ResultType);
    }

    [Fact]
    public void Failed_comparison_still_types_as_BOOL()
    {
        var result = Call("GT", Arg("INT"), Arg("TIME"));
        Assert.False(result.Succeeded);
        Assert.Equal(ElementaryType.Bool, result.ResultType);
    }
}
