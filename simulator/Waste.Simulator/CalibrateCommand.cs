using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Waste.Simulation.Calibration;

namespace Waste.Simulator;

/// <summary>
/// <c>simulate calibrate --events FILE</c>: fits the bins' fill behaviour to a collection log (the Edinburgh 2016
/// format), prints the parameters and the data's days to full beside the fitted ones, and says whether they are the
/// virtual city's (<see cref="FillCalibration.Edinburgh2016"/>). <c>--check FILE</c> summarises a held-out log
/// (other sites) under the fitted parameters.
/// </summary>
public static class CalibrateCommand
{
    private const double SameWithin = 1e-3;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var events = new Option<FileInfo>("--events") { Description = "Collection log to fit (Edinburgh 2016 CSV format)", Required = true };
        var check = new Option<FileInfo?>("--check") { Description = "Held-out collection log (other sites) to check the fit on" };
        var zone = new Option<string>("--time-zone") { Description = "Time zone of the log's local times", DefaultValueFactory = _ => "Europe/London" };
        var command = new Command("calibrate", "Fit the bins' fill rates, spread, day of week and noise to a collection log and print them with checks")
        {
            events, check, zone,
        };
        command.SetAction(result => Run(result.GetValue(events)!, result.GetValue(check), result.GetValue(zone)!));
        return command;
    }

    private static int Run(FileInfo events, FileInfo? check, string zoneId)
    {
        foreach (var file in new[] { events, check })
        {
            if (file is { Exists: false })
            {
                Console.Error.WriteLine($"{file.FullName} does not exist (the Edinburgh 2016 log is in ../shared/data/fill-traces/edinburgh-2016/)");
                return 2;
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            Console.Error.WriteLine($"unknown time zone '{zoneId}'");
            return 2;
        }

        var reader = new CollectionLogReader(zone);
        var cycles = FillCycles.Of(reader.Read(events.FullName), zone);
        var calibration = FillCalibrator.Fit(cycles);
        var p = calibration.Parameters;
        AnsiConsole.MarkupLine(Markup.Escape(Invariant(
            $"{events.Name}: {calibration.Events:N0} events ({calibration.RejectedRows} rows refused), {calibration.Summary.Sites} sites, {calibration.Summary.Cycles:N0} cycles, {calibration.Summary.CensoredCycles:N0} at the cap ({(double)calibration.Summary.CensoredCycles / calibration.Summary.Cycles:P1}); left out: {cycles.Sites} first emptyings, {calibration.LongGaps} gaps over {FillCycles.MaxGap.TotalDays:F0} days, {calibration.SameInstant} at the same instant")));
        var parameters = new Table().Title("Fitted fill parameters").AddColumn("parameter").AddColumn(new TableColumn("value").RightAligned());
        parameters.AddRow("median rate, % of capacity a day (240 L bin)", Invariant($"{p.MedianPercentPerDay:F3}"));
        parameters.AddRow("  = median days to full", Invariant($"{100 / p.MedianPercentPerDay:F2}"));
        parameters.AddRow("spread between bins, log sigma", Invariant($"{p.BetweenBinSigma:F4}"));
        parameters.AddRow("size elasticity of the rate (% a day per log litres)", Invariant($"{p.SizeElasticity:F4}"));
        parameters.AddRow("day-to-day dispersion (CV² of a day's waste)", Invariant($"{p.Dispersion:F4}"));
        parameters.AddRow("  = day noise, log-normal sigma", Invariant($"{p.DayNoiseSigma:F3}"));
        parameters.AddRow("day of week, Mon..Sun", string.Join(" ", Enumerable.Range(1, 7).Select(d => p.DayFactor((DayOfWeek)(d % 7)).ToString("F4", CultureInfo.InvariantCulture))));
        AnsiConsole.Write(parameters);
        AnsiConsole.Write(SummaryTable($"Fitted sites ({events.Name})", calibration.Summary));
        if (check is not null)
        {
            var held = FillCycles.Of(reader.Read(check.FullName), zone);
            AnsiConsole.Write(SummaryTable($"Held-out sites ({check.Name}), under the parameters fitted above", FillSummary.Of(held, p)));
        }

        var differences = FillCalibration.Edinburgh2016.Differences(p, SameWithin);
        AnsiConsole.MarkupLine(differences.Count == 0
            ? "The virtual city's calibration (FillCalibration.Edinburgh2016): [green]the same[/] (within 0.1 %)"
            : $"The virtual city's calibration (FillCalibration.Edinburgh2016) [yellow]differs[/] on {Markup.Escape(string.Join(", ", differences))}");
        return 0;
    }

    private static Table SummaryTable(string title, FillSummary summary)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn("").AddColumn(new TableColumn("days to full, p10 / p25 / p50 / p75 / p90").RightAligned())
            .AddColumn(new TableColumn("daily round: collections under 25 %").RightAligned());
        table.AddRow(Invariant($"data: each bin's rate ({summary.BinsSummarised} bins with >= {FillSummary.MinCycles} cycles)"), summary.DataBins.ToString(), Invariant($"{summary.DataUnderQuarter:P1}"));
        table.AddRow(Invariant($"data: each cycle's fill / time ({summary.Cycles:N0}, Kaplan-Meier)"), summary.DataCycles.ToString(), "");
        table.AddRow("fitted, at these bins' sizes", summary.FittedBins.ToString(), Invariant($"{summary.FittedUnderQuarter:P1}"));
        return table;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
