using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Waste.Registry;

namespace Waste.Hub.External;

/// <summary>
/// Keeps Mosquitto's dynamic-security clients in step with the device registry: one role per device holding its
/// ACL (<see cref="SharedBrokerTopics.AclOf"/>), and one client per key the device holds, pinned to the device's
/// client id, with the password derived from that key (<see cref="DeviceBrokerCredentials"/>). A revoked device's
/// clients are disabled, which disconnects it at once; a key dropped by a rotation loses its client. Several silos
/// may run this side by side: every command is idempotent, an "already exists" or "not found" counts as done.
/// </summary>
public sealed partial class BrokerCredentialSync(DynamicSecurityControl control, ExternalBrokerOptions options, ILogger<BrokerCredentialSync> logger)
{
    /// <summary>The role the cloud gives its own client, so its bridges may publish to devices and announce themselves.</summary>
    public const string BridgeRole = "waste-hub-bridge";

    private const string DeviceRolePrefix = "waste-device/";

    private readonly SemaphoreSlim _syncing = new(1, 1);
    private readonly HashSet<string> _roles = new(StringComparer.Ordinal);

    // The broker's device clients as last seen or set here: user name -> disabled.
    private readonly Dictionary<string, bool> _clients = new(StringComparer.Ordinal);
    private bool _stale = true;

    /// <summary>Gives the cloud's own client the bridge role (created when missing). Mosquitto disconnects every
    /// connection of a client whose roles change, so the role is added only when it is missing: once per broker.</summary>
    public async Task GrantBridgeAsync(CancellationToken cancellationToken)
    {
        await RunAsync(
        [
            DynamicSecurityCommand.CreateRole(BridgeRole,
            [
                ("publishClientSend", "devices/#"),
                ("publishClientSend", BridgeStatus.TopicPrefix(options.Group) + "#"),
            ]),
        ], cancellationToken);
        if (await HasBridgeRoleAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await RunAsync([DynamicSecurityCommand.AddClientRole(options.UserName, BridgeRole)], cancellationToken);
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            // Disconnected for the change, as expected: the next command reconnects.
        }

        if (!await HasBridgeRoleAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Mosquitto did not give client '{options.UserName}' the role {BridgeRole}");
        }

        LogBridgeRoleGranted(options.UserName);
    }

    /// <summary>Reads what the broker holds and brings every registered device's clients in line with the registry.</summary>
    public async Task SyncAllAsync(IEnumerable<RegisteredDevice> devices, CancellationToken cancellationToken)
    {
        await _syncing.WaitAsync(cancellationToken);
        try
        {
            await ReadBrokerAsync(cancellationToken);
            var commands = devices.SelectMany(Plan).ToList();
            foreach (var batch in commands.Chunk(Math.Max(1, options.CommandsPerBatch)))
            {
                await RunAsync(batch, cancellationToken);
            }

            LogSynchronised(_clients.Count, commands.Count);
        }
        finally
        {
            _syncing.Release();
        }
    }

    /// <summary>Brings one device's clients in line with its registry entry.</summary>
    public async Task SyncAsync(RegisteredDevice device, CancellationToken cancellationToken)
    {
        await _syncing.WaitAsync(cancellationToken);
        try
        {
            if (_stale)
            {
                await ReadBrokerAsync(cancellationToken);
            }

            var commands = Plan(device).ToList();
            if (commands.Count > 0)
            {
                await RunAsync(commands, cancellationToken);
                LogDeviceSynchronised(device.Id, device.State, commands.Count);
            }
        }
        finally
        {
            _syncing.Release();
        }
    }

    private async Task ReadBrokerAsync(CancellationToken cancellationToken)
    {
        var listing = await control.SendAsync([DynamicSecurityCommand.ListRoles(), DynamicSecurityCommand.ListClients()], cancellationToken);
        if (listing.FirstOrDefault(a => a.Error is not null) is { } refused)
        {
            throw new InvalidOperationException($"Mosquitto refused {refused.Command} to client '{options.UserName}': {refused.Error}");
        }

        _roles.Clear();
        _clients.Clear();
        foreach (var role in listing[0].Data.GetProperty("roles").EnumerateArray())
        {
            _roles.Add(role.GetString() ?? "");
        }

        foreach (var client in listing[1].Data.GetProperty("clients").EnumerateArray())
        {
            var userName = client.GetProperty("username").GetString() ?? "";
            if (DeviceUserName().IsMatch(userName))
            {
                _clients[userName] = client.TryGetProperty("disabled", out var disabled) && disabled.GetBoolean();
            }
        }

        _stale = false;
    }

    private async Task<bool> HasBridgeRoleAsync(CancellationToken cancellationToken)
    {
        var answer = (await control.SendAsync([DynamicSecurityCommand.GetClient(options.UserName)], cancellationToken))[0];
        return answer.Error is null && answer.Data.GetProperty("client").GetProperty("roles").EnumerateArray()
            .Any(r => r.GetProperty("rolename").GetString() == BridgeRole);
    }

    // What to tell the broker about one device, given what it holds; the local picture is updated as if it worked.
    private IEnumerable<JsonObject> Plan(RegisteredDevice device)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in device.SecondaryKey is { } secondary ? new[] { device.PrimaryKey, secondary } : [device.PrimaryKey])
        {
            // Two keys with the same 32-bit tag (one chance in four billion): the primary keeps the name.
            wanted.TryAdd(DeviceBrokerCredentials.UserName(device.Id, key), key);
        }

        var prefix = device.Id + "/";
        var commands = new List<JsonObject>();
        foreach (var stale in _clients.Keys.Where(u => u.StartsWith(prefix, StringComparison.Ordinal) && !wanted.ContainsKey(u)).ToList())
        {
            commands.Add(DynamicSecurityCommand.DeleteClient(stale));
            _clients.Remove(stale);
        }

        var role = DeviceRolePrefix + device.Id;
        var active = device.State == DeviceState.Active;
        foreach (var (userName, key) in wanted)
        {
            if (!_clients.TryGetValue(userName, out var disabled))
            {
                if (!active)
                {
                    continue;
                }

                if (_roles.Add(role))
                {
                    commands.Add(DynamicSecurityCommand.CreateRole(role, SharedBrokerTopics.AclOf(device.Id)));
                }

                commands.Add(DynamicSecurityCommand.CreateClient(userName, DeviceBrokerCredentials.Password(device.Id, key), device.Id, role));
                _clients[userName] = false;
            }
            else if (disabled == active)
            {
                commands.Add(active ? DynamicSecurityCommand.EnableClient(userName) : DynamicSecurityCommand.DisableClient(userName));
                _clients[userName] = !active;
            }
        }

        return commands;
    }

    private async Task RunAsync(IReadOnlyList<JsonObject> commands, CancellationToken cancellationToken)
    {
        IReadOnlyList<DynamicSecurityResponse> answers;
        try
        {
            answers = await control.SendAsync(commands, cancellationToken);
        }
        catch
        {
            // Whether the commands were carried out is unknown: read the broker again before the next plan.
            _stale = true;
            throw;
        }

        foreach (var failed in answers.Where(a => a.Error is not null && !a.IsAlreadyDone))
        {
            LogCommandFailed(failed.Command, failed.Error!);
        }
    }

    // The user names this class creates: a device id, '/', and an 8-digit key tag.
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}/[0-9a-f]{8}$")]
    private static partial Regex DeviceUserName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker credentials synchronised: {Clients} device clients, {Commands} changes")]
    private partial void LogSynchronised(int clients, int commands);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker credentials of {DeviceId} ({State}) updated: {Commands} changes")]
    private partial void LogDeviceSynchronised(string deviceId, DeviceState state, int commands);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client {UserName} given the role " + BridgeRole + " on the broker")]
    private partial void LogBridgeRoleGranted(string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mosquitto refused {Command}: {Error}")]
    private partial void LogCommandFailed(string command, string error);
}
