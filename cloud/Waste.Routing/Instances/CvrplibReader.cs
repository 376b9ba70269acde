using System.Globalization;

namespace Waste.Routing.Instances;

/// <summary>
/// Reads CVRPLIB (TSPLIB-style) <c>.vrp</c> files of type CVRP with <c>EDGE_WEIGHT_TYPE : EUC_2D</c>. The depot (from
/// DEPOT_SECTION) becomes node 0 and the other nodes follow in file order. Anything else is refused with the line.
/// </summary>
public static class CvrplibReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static CvrpInstance Read(string path) => InstanceText.Read(path, Parse);

    /// <summary>Reads an instance from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static CvrpInstance Parse(TextReader reader, string source)
    {
        string? name = null;
        int? dimension = null, capacity = null;
        double[]? x = null, y = null;
        int[]? demand = null;
        var depots = new List<int>();
        var section = "";
        var lineNumber = 0;
        var seenCoordinates = 0;
        var seenDemands = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line == "EOF")
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && char.IsLetter(line[0]))
            {
                var key = line[..colon].Trim().ToUpperInvariant();
                var value = line[(colon + 1)..].Trim().Trim('"').Trim();
                section = "";
                switch (key)
                {
                    case "NAME":
                        name = value;
                        break;
                    case "TYPE" when value != "CVRP":
                        throw new InstanceParseException(source, lineNumber, $"type '{value}' is not CVRP");
                    case "EDGE_WEIGHT_TYPE" when value != "EUC_2D":
                        throw new InstanceParseException(source, lineNumber, $"edge weight type '{value}' is not supported (only EUC_2D)");
                    case "DIMENSION":
                        dimension = InstanceText.PositiveInteger(value, source, lineNumber, "dimension");
                        x = new double[dimension.Value];
                        y = new double[dimension.Value];
                        demand = new int[dimension.Value];
                        break;
                    case "CAPACITY":
                        capacity = InstanceText.PositiveInteger(value, source, lineNumber, "capacity");
                        break;
                }

                continue;
            }

            if (line.EndsWith("SECTION", StringComparison.Ordinal))
            {
                section = line;
                if (dimension is null && section != "DEPOT_SECTION")
                {
                    throw new InstanceParseException(source, lineNumber, $"{section} before DIMENSION");
                }

                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            switch (section)
            {
                case "NODE_COORD_SECTION":
                {
                    var id = NodeId(fields, 3, dimension!.Value, source, lineNumber);
                    x![id] = InstanceText.Number(fields[1], source, lineNumber);
                    y![id] = InstanceText.Number(fields[2], source, lineNumber);
                    seenCoordinates++;
                    break;
                }

                case "DEMAND_SECTION":
                {
                    var id = NodeId(fields, 2, dimension!.Value, source, lineNumber);
                    if (!int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
                    {
                        throw new InstanceParseException(source, lineNumber, $"demand '{fields[1]}' is not a non-negative integer");
                    }

                    demand![id] = value;
                    seenDemands++;
                    break;
                }

                case "DEPOT_SECTION":
                    if (!int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var depot))
                    {
                        throw new InstanceParseException(source, lineNumber, $"depot '{fields[0]}' is not an integer");
                    }

                    if (depot != -1)
                    {
                        depots.Add(depot - 1);
                    }

                    break;
                default:
                    throw new InstanceParseException(source, lineNumber, $"unexpected line '{InstanceText.Shorten(line)}'");
            }
        }

        if (dimension is null || capacity is null)
        {
            throw new InstanceParseException(source, lineNumber, "DIMENSION or CAPACITY missing");
        }

        if (seenCoordinates != dimension || seenDemands != dimension)
        {
            throw new InstanceParseException(source, lineNumber, $"expected {dimension} coordinates and demands, found {seenCoordinates} and {seenDemands}");
        }

        if (depots.Count != 1 || depots[0] < 0 || depots[0] >= dimension)
        {
            throw new InstanceParseException(source, lineNumber, "exactly one valid depot is required");
        }

        // Depot first, the rest in file order.
        var order = new[] { depots[0] }.Concat(Enumerable.Range(0, dimension.Value).Where(i => i != depots[0])).ToArray();
        return new CvrpInstance
        {
            Name = name ?? Path.GetFileNameWithoutExtension(source),
            Capacity = capacity.Value,
            X = order.Select(i => x![i]).ToArray(),
            Y = order.Select(i => y![i]).ToArray(),
            Demand = order.Select(i => i == depots[0] ? 0 : demand![i]).ToArray(),
        };
    }

    private static int NodeId(string[] fields, int count, int dimension, string source, int line)
    {
        if (fields.Length != count)
        {
            throw new InstanceParseException(source, line, $"expected {count} fields, found {fields.Length}");
        }

        if (!int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) || id < 1 || id > dimension)
        {
            throw new InstanceParseException(source, line, $"node id '{fields[0]}' is not between 1 and {dimension}");
        }

        return id - 1;
    }

}
