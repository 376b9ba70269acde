using System.Globalization;
using Spectre.Console;
using Waste.Simulation.Kpis;

namespace Waste.Simulator;

/// <summary>Where the kilometres went on the console: per stream the trucks collect, each policy's truck-km, truck-days,
/// trips to unload and litres a trip carried.</summary>
public static class StreamTable
{
    /// <summary>The table of <paramref name="results"/>.</summary>
    public static Table Of(IReadOnlyList<PolicyKpis> results)
    {
        var table = PolicyColumns.Table("Where the kilometres went: truck-km / truck-days / disposal trips / litres a trip, by the trucks' streams", "streams", results);

        foreach (var streams in results.SelectMany(r => r.ByStream.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            table.AddRow([streams, .. results.Select(r => Cell(r.ByStream.GetValueOrDefault(streams, StreamKpis.None)))]);
        }

        return table;
    }

    private static string Cell(StreamKpis s) =>
        FormattableString.Invariant($"{s.TruckKm:N0} / {s.TruckDays:N0} / {s.DisposalTrips:N0} / {s.LitresPerTrip:N0}");
}
