namespace Waste.Host.Api;

/// <summary>The API's common error answers, as RFC 9457 problem details.</summary>
public static class Problems
{
    /// <summary>404: the device is not registered.</summary>
    public static IResult NoSuchDevice(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such device", detail: $"No device '{id}' is registered.");
}
