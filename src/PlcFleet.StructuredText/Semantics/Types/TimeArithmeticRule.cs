namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// One row of the standard's time arithmetic (IEC 61131-3 3rd ed. Table 30), e.g. <c>TOD - TOD = TIME</c>, with the
/// named function that does the same (<c>SUB_TOD_TOD</c>). A null <see cref="Right"/> means any ANY_NUM (MUL_TIME).
/// </summary>
public sealed record TimeArithmeticRule(string FunctionName, BinaryOperator Operator, ElementaryType Left, ElementaryType? Right, ElementaryType Result)
{
    public bool Matches(StType left, StType right) =>
        left.Underlying.Equals(Left) && (Right is null ? GenericType.AnyNum.Includes(right) : right.Underlying.Equals(Right));
}
