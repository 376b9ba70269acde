using Microsoft.AspNetCore.Authorization;

namespace Waste.Web.Access;

/// <summary>
/// Who may do what, as named authorization policies: the pages and the HTTP API (cookies or API tokens) use the same
/// names. A policy lists roles; admin is in every one.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Read the fleet: devices, readings, forecasts, wards, exports.</summary>
    public const string SeeFleet = "see-fleet";

    /// <summary>Read alerts and their live stream.</summary>
    public const string SeeAlerts = "see-alerts";

    /// <summary>Acknowledge and resolve alerts.</summary>
    public const string HandleAlerts = "handle-alerts";

    /// <summary>DONRE's reports.</summary>
    public const string SeeReports = "see-reports";

    /// <summary>The crew's pages.</summary>
    public const string CrewWork = "crew-work";

    /// <summary>The dispatcher's pages.</summary>
    public const string Dispatch = "dispatch";

    /// <summary>Change devices (register, revoke, twin, messages, methods), users and API tokens.</summary>
    public const string Administer = "administer";

    private static readonly Dictionary<string, string[]> RolesOf = new()
    {
        [SeeFleet] = [Roles.Dispatcher, Roles.Maintenance, Roles.Donre, Roles.Admin],
        [SeeAlerts] = [Roles.Maintenance, Roles.Dispatcher, Roles.Donre, Roles.Admin],
        [HandleAlerts] = [Roles.Maintenance, Roles.Admin],
        [SeeReports] = [Roles.Donre, Roles.Admin],
        [CrewWork] = [Roles.Crew, Roles.Admin],
        [Dispatch] = [Roles.Dispatcher, Roles.Admin],
        [Administer] = [Roles.Admin],
    };

    /// <summary>The roles a policy admits.</summary>
    public static IReadOnlyList<string> RolesFor(string policy) => RolesOf[policy];

    /// <summary>Registers every policy.</summary>
    public static void Register(AuthorizationOptions options)
    {
        foreach (var (name, roles) in RolesOf)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
