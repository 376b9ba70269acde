namespace Waste.Simulation.Cloud;

/// <summary>The cloud's API answered a request with an error status.</summary>
public sealed class CloudRequestFailed(string request, int status, string detail)
    : Exception($"{request}: {status} {detail}")
{
    /// <summary>The HTTP status.</summary>
    public int Status => status;

    /// <summary>The request, method and path.</summary>
    public string Request => request;
}
