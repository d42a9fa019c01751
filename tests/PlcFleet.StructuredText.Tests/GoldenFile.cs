namespace PlcFleet.StructuredText.Tests;

/// <summary>
/// Compares output with a golden file. With UPDATE_GOLDEN=1 the file is (re)written first, so a deliberate change is
/// accepted by running the tests once and reviewing the diff of the golden files before committing.
/// </summary>
internal static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string expectedPath, string actual)
    {
        if (Updating)
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
