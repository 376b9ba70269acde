using Microsoft.Extensions.Options;

namespace Waste.Web;

/// <summary>Stops the host at start with the reason when the web app's settings cannot run.</summary>
public sealed class WebOptionsCheck : IValidateOptions<WebOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
