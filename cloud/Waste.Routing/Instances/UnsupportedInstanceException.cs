namespace Waste.Routing.Instances;

/// <summary>A well-formed instance that asks for something the solver does not model (an edge weight type, a keyword, a
/// section): refused by name rather than solved as a different problem.</summary>
public sealed class UnsupportedInstanceException(string source, int lineNumber, string problem)
    : InstanceParseException(source, lineNumber, problem);
