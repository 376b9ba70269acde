using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waste.Web.Access;

/// <summary>Which role may open which folder of pages: enforced on the server for every page in the folder.</summary>
public static class PageAccess
{
    /// <summary>Applies the folders' policies; every page needs a signed-in person except sign-in, the root (which sends
    /// strangers to the public page) and the citizens' pages (<c>/Public</c>: the public page, reports, the display).</summary>
    public static void Configure(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder("/");
        options.Conventions.AllowAnonymousToPage("/SignIn");
        options.Conventions.AllowAnonymousToPage("/Denied");
        options.Conventions.AllowAnonymousToPage("/Index");
        options.Conventions.AllowAnonymousToFolder("/Public");
        options.Conventions.AuthorizeFolder("/Crew", AccessPolicies.CrewWork);
        options.Conventions.AuthorizeFolder("/Dispatch", AccessPolicies.Dispatch);
        options.Conventions.AuthorizeFolder("/Maintenance", AccessPolicies.HandleAlerts);
        options.Conventions.AuthorizeFolder("/Reports", AccessPolicies.SeeReports);
        options.Conventions.AuthorizeFolder("/Admin", AccessPolicies.Administer);
    }
}
