using System.Globalization;

namespace Waste.Routing.Instances;

/// <summary>What the instance readers share: opening a file by name, and reading numbers with the line they stand on.</summary>
internal static class InstanceText
{
    /// <summary>Parses the file at <paramref name="path"/> with <paramref name="parse"/>, naming it by its file name.</summary>
    public static T Read<T>(string path, Func<TextReader, string, T> parse)
    {
        using var reader = File.OpenText(path);
        return parse(reader, Path.GetFileName(path));
    }

    /// <summary>A positive integer, or a parse error naming <paramref name="what"/> and the line.</summary>
    public static int PositiveInteger(string value, string source, int line, string what) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) && result > 0
            ? result
            : throw new InstanceParseException(source, line, $"{what} '{value}' is not a positive integer");

    /// <summary>A finite number, or a parse error naming the line.</summary>
    public static double Number(string value, string source, int line) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) && double.IsFinite(result)
            ? result
            : throw new InstanceParseException(source, line, $"'{value}' is not a number");

    /// <summary>The start of a line, for error messages.</summary>
    public static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "...";
}
