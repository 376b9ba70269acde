using System.Globalization;
using CsvHelper;
using Waste.Grains.Planning;
using Waste.Simulation.Kpis;
using Waste.Simulation.Reports;

namespace Waste.Simulation.Tests.Reports;

/// <summary>The run's outputs: the CSV a spreadsheet reads back, and the PNG chart.</summary>
public sealed class KpiReportTests
{
    private static PolicyKpis Kpis(SelectionPolicy policy, double km, double overflow) => new()
    {
        Policy = policy, TruckKm = km, TruckHours = km / 20, Collections = 1000, AverageFillAtCollection = 61.26, OverflowBinHours = overflow,
        MissedPickups = 7, FuelLitres = km * 0.6, Co2Kg = km * 0.6 * Emissions.KgCo2PerLitreDiesel, SpiltLitres = 12, Skips = 3, Breakdowns = 1,
        DisposalTrips = 40, LunchBreaks = 88, TruckDays = 90, RePlansRefused = 0, RunSeconds = 100, PlanSecondsMedian = 1.5, PlanSecondsMax = 3,
        ByStream = new Dictionary<string, StreamKpis>
        {
            ["Residual"] = new(km * 0.6, 50, 25, 400_000.04),
            ["Recyclable"] = new(km * 0.4, 40, 15, 30_000),
        },
        Cloud = new CloudFigures
        {
            Messages = 5000, ReadingsStored = 60000, CollectionsDetected = 990, Refusals = new Dictionary<string, long>(),
            Alerts = new Dictionary<string, int> { ["BinTilt"] = 2, ["Offline"] = 5 },
        },
    };

    [Fact]
    public void The_CSV_has_one_row_per_policy_under_its_header_in_invariant_numbers()
    {
        using var writer = new StringWriter();

        KpiCsv.Write(writer, [Kpis(SelectionPolicy.Daily, 12345.67, 300), Kpis(SelectionPolicy.Forecast, 6000, 80)]);

        using var csv = new CsvReader(new StringReader(writer.ToString()), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(KpiCsv.Columns, rows[0].Keys);
        Assert.Equal("Daily", rows[0]["policy"]);
        Assert.Equal("12345.7", rows[0]["truck_km"]);
        Assert.Equal("61.3", rows[1]["avg_fill_at_collection_pct"]);
        Assert.Equal("BinTilt:2 Offline:5", rows[1]["cloud_alerts"]);
        Assert.Equal("88", rows[0]["lunch_breaks"]);
        Assert.Contains("lunches=88", Kpis(SelectionPolicy.Daily, 1, 1).Truth, StringComparison.Ordinal);
    }

    [Fact]
    public void The_streams_CSV_has_a_row_per_policy_and_stream_in_the_streams_order()
    {
        using var writer = new StringWriter();

        StreamCsv.Write(writer, [Kpis(SelectionPolicy.Daily, 1000, 300), Kpis(SelectionPolicy.Anticipatory, 500, 80)]);

        using var csv = new CsvReader(new StringReader(writer.ToString()), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(StreamCsv.Columns, rows[0].Keys);
        Assert.Equal(["Daily/Recyclable", "Daily/Residual", "Anticipatory/Recyclable", "Anticipatory/Residual"], rows.Select(r => $"{r["policy"]}/{r["streams"]}"));
        Assert.Equal("600", rows[1]["truck_km"]);
        Assert.Equal("400000", rows[1]["collected_litres"]);
        Assert.Equal("15", rows[2]["disposal_trips"]);
        Assert.Equal(2_000, new StreamKpis(0, 1, 15, 30_000).LitresPerTrip);
        Assert.Equal(0, StreamKpis.None.LitresPerTrip);
    }

    [Fact]
    public void The_chart_is_a_PNG_comparing_the_policies()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kpi-chart-").FullName, "kpis.png");

        KpiChart.Write(path, [Kpis(SelectionPolicy.Daily, 12000, 300), Kpis(SelectionPolicy.Forecast, 6000, 80)], "test");

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 10_000);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
