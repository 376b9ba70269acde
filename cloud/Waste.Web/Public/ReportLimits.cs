using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Waste.Web.Public;

/// <summary>The brakes on citizen reports, besides the proof of work: so many an hour from one address, and so many an
/// hour on one device from everyone (a sliding hour in six steps). A refused report says when to try again.</summary>
public sealed class ReportLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perDevice;

    /// <summary>Limits as <paramref name="options"/> says.</summary>
    public ReportLimits(IOptions<PublicOptions> options)
    {
        _perAddress = Hourly(options.Value.ReportsPerAddressPerHour);
        _perDevice = Hourly(options.Value.ReportsPerDevicePerHour);
    }

    /// <summary>Takes one report from <paramref name="address"/> on <paramref name="deviceId"/>; null when allowed,
    /// otherwise how long to wait.</summary>
    public TimeSpan? Take(string address, string deviceId)
    {
        using var fromAddress = _perAddress.AttemptAcquire(address);
        if (!fromAddress.IsAcquired)
        {
            return RetryAfter(fromAddress);
        }

        using var onDevice = _perDevice.AttemptAcquire(deviceId);
        return onDevice.IsAcquired ? null : RetryAfter(onDevice);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _perAddress.Dispose();
        _perDevice.Dispose();
    }

    private static PartitionedRateLimiter<string> Hourly(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromHours(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(10);
}
