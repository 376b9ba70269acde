namespace Waste.Routing.Instances;

/// <summary>
/// Reads Solomon VRPTW files (name; VEHICLE: number and capacity; CUSTOMER: id, x, y, demand, ready time, due date,
/// service time). Customer 0 is the depot. Costs are real-valued (the convention of the published results). Parse
/// errors name the line.
/// </summary>
public static class SolomonReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static CvrpInstance Read(string path) => InstanceText.Read(path, Parse);

    /// <summary>Reads an instance from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static CvrpInstance Parse(TextReader reader, string source)
    {
        string? name = null;
        int? vehicles = null, capacity = null;
        var rows = new List<double[]>();
        var lineNumber = 0;
        var part = "name";
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var upper = line.ToUpperInvariant();
            if (upper == "VEHICLE" || upper == "CUSTOMER")
            {
                part = upper;
                continue;
            }

            if (upper.StartsWith("NUMBER", StringComparison.Ordinal) || upper.StartsWith("CUST", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            switch (part)
            {
                case "name":
                    name = line;
                    part = "after-name";
                    break;
                case "VEHICLE":
                    if (fields.Length != 2)
                    {
                        throw new InstanceParseException(source, lineNumber, "expected vehicle number and capacity");
                    }

                    vehicles = InstanceText.PositiveInteger(fields[0], source, lineNumber, "vehicle number");
                    capacity = InstanceText.PositiveInteger(fields[1], source, lineNumber, "capacity");
                    part = "after-vehicle";
                    break;
                case "CUSTOMER":
                    if (fields.Length != 7)
                    {
                        throw new InstanceParseException(source, lineNumber, $"expected 7 fields per customer, found {fields.Length}");
                    }

                    var row = fields.Select(f => InstanceText.Number(f, source, lineNumber)).ToArray();
                    if ((int)row[0] != rows.Count)
                    {
                        throw new InstanceParseException(source, lineNumber, $"customer {row[0]} out of sequence (expected {rows.Count})");
                    }

                    if (row[3] < 0 || row[6] < 0 || row[4] > row[5])
                    {
                        throw new InstanceParseException(source, lineNumber, "negative demand or service time, or a window that closes before it opens");
                    }

                    rows.Add(row);
                    break;
                default:
                    throw new InstanceParseException(source, lineNumber, $"unexpected line '{InstanceText.Shorten(line)}'");
            }
        }

        if (vehicles is null || capacity is null || rows.Count < 2)
        {
            throw new InstanceParseException(source, lineNumber, "VEHICLE section or customers missing");
        }

        return new CvrpInstance
        {
            Name = name ?? Path.GetFileNameWithoutExtension(source),
            Capacity = capacity.Value,
            VehicleCount = vehicles.Value,
            X = rows.Select(r => r[1]).ToArray(),
            Y = rows.Select(r => r[2]).ToArray(),
            Demand = rows.Select((r, i) => i == 0 ? 0 : (int)r[3]).ToArray(),
            Convention = CostConvention.RealEuclidean,
            ReadyTime = rows.Select(r => r[4]).ToArray(),
            DueTime = rows.Select(r => r[5]).ToArray(),
            ServiceTime = rows.Select((r, i) => i == 0 ? 0 : r[6]).ToArray(),
        };
    }
}
