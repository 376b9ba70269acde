namespace Waste.Routing.Instances;

/// <summary>A malformed instance or solution file: says which file, which line and what is wrong there.</summary>
public class InstanceParseException(string source, int lineNumber, string problem)
    : FormatException($"{source}, line {lineNumber}: {problem}")
{
    /// <summary>The file or instance name.</summary>
    public string SourceName { get; } = source;

    /// <summary>The 1-based line the problem is on (0 when it concerns the file as a whole).</summary>
    public int LineNumber { get; } = lineNumber;

    /// <summary>What is wrong.</summary>
    public string Problem { get; } = problem;
}
