using System.Globalization;

namespace Waste.Routing.Instances;

/// <summary>
/// Reads CVRPLIB (TSPLIB-style) <c>.vrp</c> files of type CVRP: the keywords NAME, COMMENT, TYPE, DIMENSION,
/// EDGE_WEIGHT_TYPE (EUC_2D or EXACT_2D), CAPACITY, DISTANCE (route length limit, service included), SERVICE_TIME
/// (the same for every customer), VEHICLES, and the sections NODE_COORD_SECTION, DEMAND_SECTION, DEPOT_SECTION. The
/// depot becomes node 0 and the other nodes follow in file order. Any other keyword or section is refused by name
/// (<see cref="UnsupportedInstanceException"/>), so a file is never solved as a different problem.
/// </summary>
public static class CvrplibReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static CvrpInstance Read(string path) => InstanceText.Read(path, Parse);

    /// <summary>Reads an instance from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static CvrpInstance Parse(TextReader reader, string source)
    {
        string? name = null;
        int? dimension = null, capacity = null, vehicles = null;
        double? distanceLimit = null, serviceTime = null;
        var exact = false;
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
                    case "COMMENT":
                        break;
                    case "TYPE":
                        if (value != "CVRP")
                        {
                            throw new UnsupportedInstanceException(source, lineNumber, $"type '{value}' is not supported (only CVRP)");
                        }

                        break;
                    case "EDGE_WEIGHT_TYPE":
                        exact = value switch
                        {
                            "EUC_2D" => false,
                            "EXACT_2D" => true,
                            _ => throw new UnsupportedInstanceException(source, lineNumber, $"edge weight type '{value}' is not supported (only EUC_2D and EXACT_2D)"),
                        };
                        break;
                    case "DISTANCE":
                        distanceLimit = PositiveNumber(value, source, lineNumber, "distance limit");
                        break;
                    case "SERVICE_TIME":
                        serviceTime = InstanceText.Number(value, source, lineNumber);
                        if (serviceTime < 0)
                        {
                            throw new InstanceParseException(source, lineNumber, $"service time '{value}' is negative");
                        }

                        break;
                    case "VEHICLES":
                        vehicles = InstanceText.PositiveInteger(value, source, lineNumber, "vehicle count");
                        break;
                    case "DIMENSION":
                        dimension = InstanceText.PositiveInteger(value, source, lineNumber, "dimension");
                        x = new double[dimension.Value];
                        y = new double[dimension.Value];
                        demand = new int[dimension.Value];
                        break;
                    case "CAPACITY":
                        capacity = InstanceText.PositiveInteger(value, source, lineNumber, "capacity");
                        break;
                    default:
                        throw new UnsupportedInstanceException(source, lineNumber, $"keyword '{InstanceText.Shorten(key)}' is not supported");
                }

                continue;
            }

            if (line.EndsWith("SECTION", StringComparison.Ordinal))
            {
                section = line;
                if (section is not ("NODE_COORD_SECTION" or "DEMAND_SECTION" or "DEPOT_SECTION"))
                {
                    throw new UnsupportedInstanceException(source, lineNumber, $"section '{InstanceText.Shorten(section)}' is not supported");
                }

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
        var instanceName = name ?? Path.GetFileNameWithoutExtension(source);
        return new CvrpInstance
        {
            Name = instanceName,
            Capacity = capacity.Value,
            X = order.Select(i => x![i]).ToArray(),
            Y = order.Select(i => y![i]).ToArray(),
            Demand = order.Select(i => i == depots[0] ? 0 : demand![i]).ToArray(),
            Convention = exact || distanceLimit is not null || serviceTime is not null || IsRealValuedSet(instanceName)
                ? CostConvention.RealEuclidean
                : CostConvention.RoundedEuclidean,
            VehicleCount = vehicles,
            DistanceLimit = distanceLimit,
            ServiceTime = serviceTime is { } service ? order.Select(i => i == depots[0] ? 0 : service).ToArray() : null,
        };
    }

    // Christofides, Mingozzi and Toth's and Golden et al.'s sets are published with real-valued costs even where the
    // file says EUC_2D; so are the files with a route length limit or service times (bks.csv may say otherwise).
    private static bool IsRealValuedSet(string name) =>
        name.StartsWith("CMT", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Golden", StringComparison.OrdinalIgnoreCase);

    private static double PositiveNumber(string value, string source, int line, string what)
    {
        var number = InstanceText.Number(value, source, line);
        return number > 0 ? number : throw new InstanceParseException(source, line, $"{what} '{value}' is not positive");
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
