namespace Waste.Routing.Modelling;

/// <summary>Something in a model that cannot be planned as given, naming what it concerns.</summary>
/// <param name="Subject">The id of the stop, vehicle, depot or site concerned.</param>
/// <param name="Reason">What is wrong, in words a dispatcher understands.</param>
public sealed record ModelProblem(string Subject, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subject}: {Reason}";
}

/// <summary>A model that cannot be planned at all (duplicate ids, a truck without a depot ...); lists every problem.</summary>
public sealed class RoutingModelException(IReadOnlyList<ModelProblem> problems)
    : ArgumentException("The routing model is invalid: " + string.Join("; ", problems))
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ModelProblem> Problems { get; } = problems;
}
