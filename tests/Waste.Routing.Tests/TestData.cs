namespace Waste.Routing.Tests;

/// <summary>The instance files the tests read, copied into the repository (Data/cvrplib/SOURCE.md) so that a clone
/// without ../shared passes.</summary>
internal static class TestData
{
    /// <summary>The folder of the copied CVRPLIB files, beside the test binaries.</summary>
    public static string Cvrplib { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "cvrplib");

    /// <summary>The path of a copied CVRPLIB file, e.g. <c>Instance("A-n32-k5.vrp")</c>.</summary>
    public static string Instance(string file) => Path.Combine(Cvrplib, file);
}
