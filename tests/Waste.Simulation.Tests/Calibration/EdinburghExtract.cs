namespace Waste.Simulation.Tests.Calibration;

/// <summary>The extract of Edinburgh's 2016 collection log the tests read (Data/edinburgh-2016/SOURCE.md).</summary>
internal static class EdinburghExtract
{
    /// <summary>Its path in the test output.</summary>
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "edinburgh-2016", "edinburgh_enevo_collections_2016_sites_mod16.csv");
}
