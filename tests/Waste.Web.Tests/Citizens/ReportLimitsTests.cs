using Microsoft.Extensions.Options;
using Waste.Web.Public;

namespace Waste.Web.Tests.Citizens;

/// <summary>The brakes on reports: per address and per device, each on its own.</summary>
public sealed class ReportLimitsTests
{
    [Fact]
    public void An_address_is_stopped_after_its_hourly_reports_and_another_is_not()
    {
        using var limits = new ReportLimits(Options.Create(new PublicOptions { ReportsPerAddressPerHour = 2, ReportsPerDevicePerHour = 100 }));

        Assert.Null(limits.Take("203.0.113.5", "bin-1"));
        Assert.Null(limits.Take("203.0.113.5", "bin-2"));
        var wait = limits.Take("203.0.113.5", "bin-3");

        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Null(limits.Take("198.51.100.7", "bin-3"));
    }

    [Fact]
    public void A_device_is_stopped_after_its_hourly_reports_from_everyone()
    {
        using var limits = new ReportLimits(Options.Create(new PublicOptions { ReportsPerAddressPerHour = 100, ReportsPerDevicePerHour = 2 }));

        Assert.Null(limits.Take("203.0.113.1", "wc-1"));
        Assert.Null(limits.Take("203.0.113.2", "wc-1"));

        Assert.NotNull(limits.Take("203.0.113.3", "wc-1"));
        Assert.Null(limits.Take("203.0.113.3", "wc-2"));
    }
}
