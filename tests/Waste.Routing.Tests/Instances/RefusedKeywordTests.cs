using Waste.Routing.Instances;

namespace Waste.Routing.Tests.Instances;

/// <summary>Every keyword and section of a .vrp file is either modelled or refused by name.</summary>
public class RefusedKeywordTests
{
    [Theory]
    [InlineData("EDGE_WEIGHT_FORMAT : FULL_MATRIX", "keyword 'EDGE_WEIGHT_FORMAT' is not supported")]
    [InlineData("TIME_WINDOW_SECTION", "section 'TIME_WINDOW_SECTION' is not supported")]
    [InlineData("TYPE : VRPTW", "type 'VRPTW' is not supported")]
    [InlineData("EDGE_WEIGHT_TYPE : ATT", "edge weight type 'ATT' is not supported")]
    public void An_unmodelled_keyword_or_section_is_refused_by_name(string line, string expected)
    {
        var lines = CmtInstanceTests.Limited.Split('\n').ToList();
        lines.Insert(3, line);
        var error = Assert.Throws<UnsupportedInstanceException>(() => CvrplibReader.Parse(new StringReader(string.Join('\n', lines)), "odd.vrp"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.LineNumber);
    }

    [Fact]
    public void Vehicles_and_exact_distances_are_read()
    {
        var text = CmtInstanceTests.Limited.Replace("EDGE_WEIGHT_TYPE : EUC_2D", "EDGE_WEIGHT_TYPE : EXACT_2D\nVEHICLES : 3", StringComparison.Ordinal);
        var instance = CvrplibReader.Parse(new StringReader(text), "exact.vrp");
        Assert.Equal(3, instance.VehicleCount);
        Assert.Equal(CostConvention.RealEuclidean, instance.Convention);
    }

    [Fact]
    public void The_classic_sets_stay_rounded_and_cmt_by_name_is_real_valued()
    {
        Assert.Equal(CostConvention.RoundedEuclidean, CvrplibReader.Read(TestData.Instance("A-n32-k5.vrp")).Convention);
        var cmt1 = string.Join('\n', CmtInstanceTests.Limited.Split('\n').Where(l => !l.StartsWith("DISTANCE", StringComparison.Ordinal) && !l.StartsWith("SERVICE", StringComparison.Ordinal)))
            .Replace("CMT-tiny", "CMT1", StringComparison.Ordinal);
        Assert.Equal(CostConvention.RealEuclidean, CvrplibReader.Parse(new StringReader(cmt1), "CMT1.vrp").Convention);
    }

    [Theory]
    [InlineData("NAME : x\nDIMENSION : 3", InstanceFormat.Cvrplib)]
    [InlineData("C101\n\nVEHICLE\nNUMBER CAPACITY\n25 200", InstanceFormat.Solomon)]
    [InlineData("280.0 // capacity\n400.0 // daily\n500 // stops\n3600 // lunch\n40 // speed\nStop_ID X Y", InstanceFormat.Kim)]
    [InlineData("just some text", null)]
    public void The_format_is_told_from_the_content(string head, InstanceFormat? expected) =>
        Assert.Equal(expected, InstanceFormats.Detect(head.Split('\n')));
}
