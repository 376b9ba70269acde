using System.Diagnostics;
using System.Text.Json;
using CsCheck;
using Waste.Forecasting;
using Waste.Forecasting.Bench;

namespace Waste.Forecasting.Tests;

public class EventReplayTests
{
    private const string Header = "event_id,site_id,site_name,address,content_type,collected_at_local_europe_london,fill_before_pct\n";

    private static readonly string SixSites = Path.Combine(AppContext.BaseDirectory, "Data", "edinburgh-six-sites.csv");

    private static CollectionEvents Read(string rows) => CollectionEvents.Read(new StringReader(Header + rows));

    [Fact]
    public void Rows_that_cannot_be_an_emptying_are_counted_and_a_repeated_event_is_dropped()
    {
        var read = Read("""
            1,7,a,Main St,Mixed,2016-06-03T08:00:00,50
            2,7,a,Main St,Mixed,2016-06-03T08:00:00,50
            3,7,a,Main St,Mixed,not a time,50
            4,7,a,Main St,Mixed,2016-06-04T08:00:00,101
            5,,a,Main St,Mixed,2016-06-04T08:00:00,40
            6,7,a,Main St,Mixed,2016-06-04T08:00:00Z,40
            7,7,a,Main St,Mixed,2016-06-04T09:00:00,NaN
            8,7,a,,Mixed,2016-06-05T08:00:00,40

            """);

        Assert.Equal(5, read.Rejected);
        Assert.Equal(1, read.Duplicates);
        Assert.Equal([new DateTimeOffset(2016, 6, 3, 8, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2016, 6, 5, 8, 0, 0, TimeSpan.FromHours(1))], read.Events.Select(e => e.Time));
        Assert.Equal("-", read.Events[1].Ward);
    }

    [Fact]
    public void A_file_without_the_columns_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => CollectionEvents.Read(new StringReader("site_id,when,fill\n1,2,3\n")));
        Assert.Throws<InvalidDataException>(() => CollectionEvents.Read(new StringReader("")));
    }

    [Fact]
    public void Each_emptying_after_a_sites_first_three_is_forecast_and_the_baselines_are_rate_times_hours_capped()
    {
        // Emptied every 24 hours, found 24, 48, 36 and 60 % full: rates 2, 1.5 then 2.5 points an hour.
        var read = Read("""
            1,9,a,Main St,Mixed,2016-06-01T08:00:00,30
            2,9,a,Main St,Mixed,2016-06-02T08:00:00,48
            3,9,a,Main St,Mixed,2016-06-03T08:00:00,36
            4,9,a,Main St,Mixed,2016-06-04T08:00:00,60
            5,9,a,Main St,Mixed,2016-06-06T08:00:00,100

            """);

        var scores = new EventReplay(FillModelSettings.Default).Run(read.Events).ToList();

        Assert.Equal(2, scores.Count);
        Assert.Equal(1.5 * 24, scores[0].LastCycle, 9);
        Assert.Equal((2 + 1.5) / 2 * 24, scores[0].MeanRate, 9);
        Assert.Equal(100, scores[1].LastCycle, 9);
        Assert.Equal((2 + 1.5 + 2.5) / 3 * 48, scores[1].MeanRate, 9);
        Assert.All(scores, s => Assert.True(s.Low <= s.Model && s.Model <= s.High && s.High <= 100));
    }

    [Fact]
    public void On_six_Edinburgh_sites_the_model_beats_both_capped_baselines_with_an_honest_band()
    {
        var scores = new EventReplay(FillModelSettings.Default).Run(CollectionEvents.ReadCsv(SixSites).Events).ToList();

        var model = scores.Average(s => Math.Abs(s.Model - s.Actual));
        var better = Math.Min(scores.Average(s => Math.Abs(s.LastCycle - s.Actual)), scores.Average(s => Math.Abs(s.MeanRate - s.Actual)));
        Assert.Equal(248 - 6 * EventReplay.WarmUp, scores.Count);
        Assert.True(model < 0.9 * better, $"model {model:0.00} against {better:0.00}");
        Assert.InRange(scores.Average(s => s.InsideBand ? 1.0 : 0), 0.7, 0.9);
    }

    [Fact]
    public void The_bench_command_prints_the_figures_as_one_json_object_on_its_last_line()
    {
        var bench = Path.Combine(AppContext.BaseDirectory, "forecast-bench.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [bench, "--events", SixSites, "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NO_COLOR"] = "1" },
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.Equal(230, json.GetProperty("forecasts").GetInt32());
        foreach (var forecaster in new[] { "model", "lastCycle", "meanRate" })
        {
            Assert.True(json.GetProperty(forecaster).GetProperty("mae").GetDouble() > 0);
            Assert.Equal(JsonValueKind.Number, json.GetProperty(forecaster).GetProperty("bias").ValueKind);
        }

        Assert.InRange(json.GetProperty("model").GetProperty("band80").GetDouble(), 0, 1);
    }

    [Fact]
    public void Any_rows_read_give_events_or_counted_rejections_and_never_an_exception()
    {
        var field = Gen.OneOf(Gen.String[Gen.Char["0123456789-:T ,.\"ab"], 0, 25], Gen.Const("2016-06-03T08:00:00"), Gen.Double[-5, 120].Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Gen.Select(field, field, field, field).Array[0, 30].Sample(rows =>
        {
            var text = string.Concat(rows.Select(r => $"1,{r.Item1},n,{r.Item2},Mixed,{r.Item3},{r.Item4}\n"));
            var read = Read(text);
            Assert.True(read.Events.Count + read.Rejected + read.Duplicates <= rows.Length);
            Assert.All(read.Events, e => Assert.InRange(e.FillBeforePercent, 0, 100));
            Assert.Equal(read.Events.Count, new EventReplay(FillModelSettings.Default).Run(read.Events).Count() + read.Events.GroupBy(e => e.SiteId).Sum(g => Math.Min(g.Count(), EventReplay.WarmUp)));
        }, iter: 200);
    }
}
