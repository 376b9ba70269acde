using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.IotHub;

/// <summary>
/// A device's session with the hub over an <see cref="IMqttLink"/>: connects with a fresh SAS token, subscribes to its
/// four topics, and renews the token before it expires by reconnecting (docs/device-protocol.md, "Connection"). Gives
/// each request its own request id.
/// </summary>
public sealed class HubSession
{
    /// <summary>How long a token is valid: one hour, as IoT Hub's own SDKs.</summary>
    public const long DefaultTokenLifetimeSeconds = 3600;

    /// <summary>A token is renewed when fewer than this many seconds of it are left.</summary>
    public const long RenewBeforeExpirySeconds = 300;

    private readonly IMqttLink _link;
    private readonly IHmacSha256 _hmac;
    private long _nextRequestId = 1;

    /// <summary>Creates a session, not yet connected.</summary>
    public HubSession(IMqttLink link, DeviceIdentity identity, IHmacSha256 hmac, long tokenLifetimeSeconds)
    {
        if (tokenLifetimeSeconds <= RenewBeforeExpirySeconds)
        {
            throw new System.ArgumentOutOfRangeException(nameof(tokenLifetimeSeconds), "must outlast the renewal margin");
        }

        _link = link;
        _hmac = hmac;
        Identity = identity;
        TokenLifetimeSeconds = tokenLifetimeSeconds;
    }

    /// <summary>Who the device is.</summary>
    public DeviceIdentity Identity { get; }

    /// <summary>Seconds a new token is valid.</summary>
    public long TokenLifetimeSeconds { get; }

    /// <summary>When the present token expires, UTC Unix seconds; 0 before the first connection.</summary>
    public long TokenExpiresAt { get; private set; }

    /// <summary>True while connected.</summary>
    public bool IsOpen => _link.IsConnected;

    /// <summary>The link underneath, to receive on.</summary>
    public IMqttLink Link => _link;

    /// <summary>Connects at <paramref name="utcNow"/> with a fresh token and subscribes; false (and disconnected)
    /// when any step fails.</summary>
    public bool Open(long utcNow)
    {
        var expiry = utcNow + TokenLifetimeSeconds;
        var token = SasToken.Create(Identity.HubHost, Identity.DeviceId, Identity.Base64Key, expiry, _hmac);
        if (!_link.Connect(Identity.DeviceId, IotHubTopics.UserName(Identity.HubHost, Identity.DeviceId), token))
        {
            return false;
        }

        TokenExpiresAt = expiry;
        if (!_link.Subscribe(IotHubTopics.Subscriptions(Identity.DeviceId)))
        {
            _link.Disconnect();
            return false;
        }

        return true;
    }

    /// <summary>True when the token expires within <see cref="RenewBeforeExpirySeconds"/> of <paramref name="utcNow"/>.</summary>
    public bool NeedsRenewal(long utcNow) => utcNow >= TokenExpiresAt - RenewBeforeExpirySeconds;

    /// <summary>Reconnects with a new token; false when that failed.</summary>
    public bool Renew(long utcNow)
    {
        _link.Disconnect();
        return Open(utcNow);
    }

    /// <summary>Publishes a telemetry message, its JSON as UTF-8; true once the hub acknowledged it.</summary>
    public bool PublishTelemetry(byte[] json) =>
        _link.Publish(IotHubTopics.Telemetry(Identity.DeviceId, IotHubTopics.JsonPropertyBag), json);

    /// <summary>Asks for the twin; returns the request id its answer will carry, or an empty string when the request
    /// could not be sent.</summary>
    public string RequestTwin()
    {
        var rid = NextRequestId();
        return _link.Publish(IotHubTopics.TwinGet(rid), new byte[0]) ? rid : "";
    }

    /// <summary>Sends reported properties; true once acknowledged by the broker.</summary>
    public bool Report(string json) => _link.Publish(IotHubTopics.ReportedPatch(NextRequestId()), Utf8.GetBytes(json));

    /// <summary>Answers method call <paramref name="requestId"/>.</summary>
    public bool Reply(int status, string requestId, string json) =>
        _link.Publish(IotHubTopics.MethodResponse(status, requestId), Utf8.GetBytes(json));

    /// <summary>Disconnects.</summary>
    public void Close() => _link.Disconnect();

    private string NextRequestId() => (_nextRequestId++).ToString();
}
