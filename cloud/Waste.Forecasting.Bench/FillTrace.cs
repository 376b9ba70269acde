using System.Globalization;
using CsvHelper;
using Waste.Forecasting;

namespace Waste.Forecasting.Bench;

/// <summary>One bin's recorded readings, in time order.</summary>
public sealed record FillTrace(string BinId, IReadOnlyList<FillObservation> Readings)
{
    /// <summary>Reads a trace file with columns <c>node_eui,time_utc,value_raw</c> (the DTU 2016 pilot's flattened
    /// CSV: value is percent full), one trace per node, readings sorted and same-second duplicates dropped.</summary>
    public static IReadOnlyList<FillTrace> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var byBin = new Dictionary<string, List<FillObservation>>();
        foreach (var row in csv.GetRecords<dynamic>())
        {
            var fields = (IDictionary<string, object>)row;
            var bin = (string)fields["node_eui"];
            var time = DateTimeOffset.Parse((string)fields["time_utc"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var value = double.Parse((string)fields["value_raw"], CultureInfo.InvariantCulture);
            if (!byBin.TryGetValue(bin, out var readings))
            {
                byBin[bin] = readings = [];
            }

            readings.Add(new FillObservation(time, value));
        }

        return [.. byBin
            .Select(pair => new FillTrace(pair.Key, [.. pair.Value.OrderBy(r => r.Time).DistinctBy(r => r.Time.ToUnixTimeSeconds())]))
            .OrderBy(trace => trace.BinId, StringComparer.Ordinal)];
    }
}
