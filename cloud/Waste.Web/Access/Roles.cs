namespace Waste.Web.Access;

/// <summary>The five roles people sign in with (docs/design.md, "Security"), and the page each one starts on.</summary>
public static class Roles
{
    /// <summary>Sanitation crew: drivers and loaders; they see only their own route.</summary>
    public const string Crew = "crew";

    /// <summary>Plans the fleet's work.</summary>
    public const string Dispatcher = "dispatcher";

    /// <summary>Keeps public toilets (and bins' hardware) working.</summary>
    public const string Maintenance = "maintenance";

    /// <summary>The environment department: reports.</summary>
    public const string Donre = "donre";

    /// <summary>Devices, users and API tokens.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, most powerful first: a person with several roles starts on the first one's page.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Dispatcher, Maintenance, Donre, Crew];

    /// <summary>True when <paramref name="role"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>The page a person with <paramref name="role"/> starts on.</summary>
    public static string HomePage(string role) => role switch
    {
        Admin => "/admin/devices",
        Dispatcher => "/dispatch",
        Maintenance => "/maintenance",
        Donre => "/reports",
        _ => "/crew",
    };
}
