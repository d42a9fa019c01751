using PlcFleet.Fleet.Review;

namespace PlcFleet.Fleet.Tests.Review;

public sealed class ReviewPolicyTests
{
    [Theory]
    [InlineData("""{"requiredApprovals":2}""", 2)]
    [InlineData("""{"required_approvals":0}""", 1)]
    [InlineData("""{"parallel":4}""", 1)]
    [InlineData("broken", 1)]
    public void The_run_options_set_the_number_of_approvals_never_below_one(string options, int expected) =>
        Assert.Equal(expected, ReviewPolicy.FromRunOptions(options).RequiredApprovals);
}
