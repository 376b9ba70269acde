using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Waste.Forecasting.Bench;

/// <summary>The emptying forecasts' table: mean absolute error, bias (mean of forecast minus fill found) and the share
/// inside the 80 % band, for the model and both baselines; and the same as one JSON object.</summary>
public static class EventReport
{
    /// <summary>Prints the table.</summary>
    public static void Print(IReadOnlyList<EventScore> scores, CollectionEvents read)
    {
        var table = new Table().Title($"Fill found at emptying, forecast from the earlier emptyings: {scores.Count:N0} forecasts, {scores.Select(s => s.SiteId).Distinct().Count()} sites");
        foreach (var column in new[] { "forecaster", "MAE (points)", "bias (points)", "80 % band holds", "MAE vs better baseline" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        var model = Figures.Of(scores, s => s.Model);
        var better = Math.Min(Figures.Of(scores, s => s.LastCycle).Mae, Figures.Of(scores, s => s.MeanRate).Mae);
        table.AddRow("model", F(model.Mae), F(model.Bias), scores.Average(s => s.InsideBand ? 1.0 : 0).ToString("P1", CultureInfo.InvariantCulture), ((better - model.Mae) / better).ToString("+0.0 %;-0.0 %", CultureInfo.InvariantCulture) + " lower");
        foreach (var (name, forecast) in new (string, Func<EventScore, double>)[] { ("last cycle's rate", s => s.LastCycle), ("mean past rate", s => s.MeanRate) })
        {
            var figures = Figures.Of(scores, forecast);
            table.AddRow(name, F(figures.Mae), F(figures.Bias), "-", "-");
        }

        AnsiConsole.Write(table);
        Console.WriteLine($"{read.Events.Count:N0} emptyings read ({read.Rejected} rows rejected, {read.Duplicates} duplicates dropped); baselines capped at {EventReplay.Cap:0} as the data are.");
    }

    /// <summary>The figures as one JSON object: forecasts, then model, lastCycle and meanRate with mae and bias (and
    /// band80 for the model).</summary>
    public static string Json(IReadOnlyList<EventScore> scores)
    {
        var model = Figures.Of(scores, s => s.Model);
        var lastCycle = Figures.Of(scores, s => s.LastCycle);
        var meanRate = Figures.Of(scores, s => s.MeanRate);
        var json = new JsonObject
        {
            ["forecasts"] = scores.Count,
            ["model"] = new JsonObject { ["mae"] = Round(model.Mae), ["bias"] = Round(model.Bias), ["band80"] = Round(scores.Average(s => s.InsideBand ? 1.0 : 0)) },
            ["lastCycle"] = new JsonObject { ["mae"] = Round(lastCycle.Mae), ["bias"] = Round(lastCycle.Bias) },
            ["meanRate"] = new JsonObject { ["mae"] = Round(meanRate.Mae), ["bias"] = Round(meanRate.Bias) },
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private readonly record struct Figures(double Mae, double Bias)
    {
        public static Figures Of(IReadOnlyList<EventScore> scores, Func<EventScore, double> forecast) =>
            new(scores.Average(s => Math.Abs(forecast(s) - s.Actual)), scores.Average(s => forecast(s) - s.Actual));
    }
}
