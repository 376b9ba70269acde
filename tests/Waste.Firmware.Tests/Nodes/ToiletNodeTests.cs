using System.Text.Json;
using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Tests.Nodes;

/// <summary>The always-on toilet node against a real broker playing IoT Hub, on a virtual clock.</summary>
public sealed class ToiletNodeTests : IAsyncLifetime
{
    private ToiletRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ToiletRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public void Visits_are_counted_and_occupied_time_summed_per_reading()
    {
        _rig.Run(TimeSpan.FromMinutes(10));
        for (var visit = 0; visit < 3; visit++)
        {
            _rig.Door.Active = true;
            _rig.Motion.Active = true;
            _rig.Run(TimeSpan.FromSeconds(1));
            _rig.Motion.Active = false;
            _rig.Run(TimeSpan.FromSeconds(119));
            _rig.Door.Active = false;
            _rig.Run(TimeSpan.FromSeconds(60));
        }

        _rig.Run(TimeSpan.FromHours(1));

        var readings = _rig.ReadingsReceived();
        Assert.Equal(3, readings.Sum(r => r.GetProperty("visits").GetInt64()));
        Assert.InRange(readings.Sum(r => r.GetProperty("occ_s").GetInt64()), 359, 361);
        Assert.False(readings[^1].GetProperty("occ").GetBoolean());
    }

    [Fact]
    public void A_door_shut_from_outside_without_motion_is_no_visit()
    {
        _rig.Door.Active = true;

        _rig.Run(TimeSpan.FromHours(1));
        _rig.Door.Active = false;
        _rig.Run(TimeSpan.FromHours(1));

        Assert.Equal(0, _rig.ReadingsReceived().Sum(r => r.GetProperty("visits").GetInt64()));
    }

    [Fact]
    public void A_bouncing_door_reed_is_not_a_visit()
    {
        _rig.Motion.Active = true;
        for (var bounce = 0; bounce < 20; bounce++)
        {
            _rig.Door.Active = !_rig.Door.Active;
            _rig.Run(TimeSpan.FromMilliseconds(50));
        }

        _rig.Door.Active = false;
        _rig.Run(TimeSpan.FromHours(1));

        Assert.Equal(0, _rig.ReadingsReceived().Sum(r => r.GetProperty("visits").GetInt64()));
    }

    [Fact]
    public void Someone_occupying_the_cubicle_past_the_limit_raises_stuck_occupied_at_once()
    {
        _rig.Run(TimeSpan.FromMinutes(5));
        var enteredAt = _rig.Clock.UtcSeconds;
        _rig.Door.Active = true;
        _rig.Motion.Active = true;
        _rig.Run(TimeSpan.FromSeconds(2));
        _rig.Motion.Active = false;

        _rig.Run(TimeSpan.FromMinutes(29));
        Assert.DoesNotContain(_rig.ReadingsReceived(), r => r.TryGetProperty("alarms", out _));
        _rig.Run(TimeSpan.FromMinutes(1.5));

        var alarmed = _rig.ReadingsReceived().First(r => r.TryGetProperty("alarms", out _));
        Assert.Equal(["stuck_occupied"], alarmed.GetProperty("alarms").EnumerateArray().Select(a => a.GetString()));
        Assert.InRange(alarmed.GetProperty("t").GetInt64() - enteredAt, 30 * 60, 30 * 60 + 1);
    }

    [Fact]
    public void Odour_is_ignored_while_the_sensors_warm_up()
    {
        _rig.Ammonia.Volts = ToiletRig.VoltsForPpm(Core.Odour.GasSensorCurve.Mq137Ammonia, 80);

        _rig.Run(TimeSpan.FromMinutes(4));

        var readings = _rig.ReadingsReceived();
        Assert.NotEmpty(readings);
        Assert.All(readings, r => Assert.False(r.TryGetProperty("nh3_ppm", out _)));
        Assert.DoesNotContain(readings, r => r.TryGetProperty("alarms", out _));
    }

    [Fact]
    public void Odour_alarm_needs_three_of_the_last_five_samples_over_threshold()
    {
        _rig.Run(TimeSpan.FromMinutes(6));
        var high = ToiletRig.VoltsForPpm(Core.Odour.GasSensorCurve.Mq137Ammonia, 60);
        var clean = ToiletRig.VoltsForPpm(Core.Odour.GasSensorCurve.Mq137Ammonia, 0.5);

        foreach (var volts in new[] { high, clean, clean, high, clean, clean })
        {
            _rig.Ammonia.Volts = volts;
            _rig.Run(TimeSpan.FromMinutes(1));
        }

        Assert.DoesNotContain(_rig.ReadingsReceived(), r => r.TryGetProperty("alarms", out _));
        foreach (var volts in new[] { high, clean, high, high })
        {
            _rig.Ammonia.Volts = volts;
            _rig.Run(TimeSpan.FromMinutes(1));
        }

        var alarmed = _rig.ReadingsReceived().First(r => r.TryGetProperty("alarms", out _));
        Assert.Equal(["odour"], alarmed.GetProperty("alarms").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(60, alarmed.GetProperty("nh3_ppm").GetDouble(), 0);
    }

    [Fact]
    public void A_leak_must_persist_five_seconds_to_raise_its_alarm()
    {
        _rig.Run(TimeSpan.FromMinutes(2));
        _rig.Leak.Active = true;
        _rig.Run(TimeSpan.FromSeconds(3));
        _rig.Leak.Active = false;
        _rig.Run(TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(_rig.ReadingsReceived(), r => r.TryGetProperty("alarms", out _));

        _rig.Leak.Active = true;
        _rig.Run(TimeSpan.FromSeconds(6));

        var alarmed = _rig.ReadingsReceived()[^1];
        Assert.Equal(["leak"], alarmed.GetProperty("alarms").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Supplies_low_is_raised_and_cleared()
    {
        _rig.Run(TimeSpan.FromMinutes(2));
        _rig.Supplies.Active = true;
        _rig.Run(TimeSpan.FromSeconds(10));
        _rig.Supplies.Active = false;
        _rig.Run(TimeSpan.FromSeconds(10));

        var readings = _rig.ReadingsReceived();
        Assert.Contains(readings, r => r.TryGetProperty("alarms", out var a) && a[0].GetString() == "supplies_low");
        Assert.False(readings[^1].TryGetProperty("alarms", out _));
    }

    [Fact]
    public void A_gas_sensor_reading_at_its_supply_rail_is_a_fault_not_a_reading()
    {
        _rig.Run(TimeSpan.FromMinutes(6));
        _rig.Sulphide.Volts = 2.499;

        _rig.Run(TimeSpan.FromHours(1));

        var last = _rig.ReadingsReceived()[^1];
        Assert.Equal(["odour_sensor"], last.GetProperty("faults").EnumerateArray().Select(f => f.GetString()));
        Assert.False(last.TryGetProperty("h2s_ppm", out _));
        Assert.True(last.TryGetProperty("nh3_ppm", out _));
    }

    [Fact]
    public void The_token_is_renewed_before_it_expires_and_the_hub_never_sees_an_expired_one()
    {
        _rig.Run(TimeSpan.FromHours(5));

        Assert.InRange(_rig.Link.Connects, 5, 7);
        Assert.Equal(0, _rig.Hub.RefusedConnections);
        var session = _rig.Node.Services.Exchange.Session;
        Assert.True(session.TokenExpiresAt - _rig.Clock.UtcSeconds > HubSession.RenewBeforeExpirySeconds);
        var sequences = _rig.ReadingsReceived().Select(r => r.GetProperty("seq").GetInt64()).ToArray();
        Assert.Equal(Enumerable.Range(0, sequences.Length).Select(i => (long)i), sequences);
        Assert.Equal(_rig.Node.Services.Sequence.Next, sequences.Length + _rig.Node.Services.Buffer.Count);
        Assert.True(_rig.Node.Services.Sequence.Next >= 300);
    }

    [Fact]
    public async Task After_the_hub_drops_the_connection_the_node_reconnects_and_loses_nothing()
    {
        _rig.Run(TimeSpan.FromMinutes(10));
        await _rig.Hub.DisconnectDeviceAsync();

        // Virtual hours pass in real milliseconds: let the MQTT client notice the drop first, as it would within seconds.
        for (var i = 0; i < 500 && _rig.Link.IsConnected; i++)
        {
            await Task.Delay(10);
        }

        _rig.Network.Up = false;
        _rig.Run(TimeSpan.FromHours(2));
        _rig.Network.Up = true;

        _rig.Run(TimeSpan.FromHours(1));

        var sequences = _rig.ReadingsReceived().Select(r => r.GetProperty("seq").GetInt64()).ToArray();
        Assert.Equal(Enumerable.Range(0, sequences.Length).Select(i => (long)i), sequences);
        Assert.Equal(_rig.Node.Services.Sequence.Next, sequences.Length + _rig.Node.Services.Buffer.Count);
        Assert.True(_rig.Node.Services.Sequence.Next >= 190);
        Assert.True(_rig.Node.Services.Exchange.IsOpen);
        Assert.True(_rig.Node.Services.Buffer.Count < 48);
    }

    [Fact]
    public async Task A_live_desired_patch_is_applied_at_once_and_reported()
    {
        _rig.Run(TimeSpan.FromMinutes(1));

        await _rig.Hub.PatchDesiredAsync("\"stuck_occupied_min\":10,\"odour_k\":2,\"odour_n\":4", 7);
        await _rig.UntilMessageArrivesAsync("$iothub/twin/PATCH/properties/desired/");
        _rig.Run(TimeSpan.FromSeconds(1));

        Assert.Equal(10, _rig.Node.Services.Settings.Current.Toilet.StuckOccupiedMinutes);
        Assert.Equal(2, _rig.Node.Services.Settings.Current.Toilet.OdourK);
        var reported = JsonDocument.Parse(_rig.Hub.Reported[^1]).RootElement;
        Assert.Equal(7, reported.GetProperty("config_version").GetInt64());
    }

    [Fact]
    public async Task A_live_patch_with_odour_k_above_n_is_refused_and_the_old_configuration_stays()
    {
        _rig.Run(TimeSpan.FromMinutes(1));

        await _rig.Hub.PatchDesiredAsync("\"stuck_occupied_min\":10,\"odour_k\":6,\"odour_n\":4", 7);
        await _rig.UntilMessageArrivesAsync("$iothub/twin/PATCH/properties/desired/");
        _rig.Run(TimeSpan.FromSeconds(1));
        var afterRangeError = LastConfigError();
        await _rig.Hub.PatchDesiredRawAsync("{\"nh3_alarm_ppm\":", 8);
        await _rig.UntilMessageArrivesAsync("$iothub/twin/PATCH/properties/desired/");
        _rig.Run(TimeSpan.FromSeconds(1));

        Assert.Equal(30, _rig.Node.Services.Settings.Current.Toilet.StuckOccupiedMinutes);
        Assert.Equal(3, _rig.Node.Services.Settings.Current.Toilet.OdourK);
        Assert.StartsWith("odour_k", afterRangeError);
        Assert.StartsWith("desired patch", LastConfigError());
        Assert.Equal(1, JsonDocument.Parse(_rig.Hub.Reported[^1]).RootElement.GetProperty("config_version").GetInt64());
    }

    private string LastConfigError() =>
        JsonDocument.Parse(_rig.Hub.Reported[^1]).RootElement.GetProperty("config_error").GetString()!;

    [Fact]
    public async Task Recalibrating_odour_takes_the_present_air_as_clean_and_keeps_it_across_a_reboot()
    {
        _rig.Ammonia.Volts = ToiletRig.VoltsForPpm(Core.Odour.GasSensorCurve.Mq137Ammonia, 2);
        _rig.Run(TimeSpan.FromMinutes(6));

        var rid = await _rig.Hub.CallMethodAsync("recalibrate_odour", "{}");
        await _rig.UntilMessageArrivesAsync("$iothub/methods/POST/");
        _rig.Run(TimeSpan.FromSeconds(1));

        var reply = Assert.Single(_rig.Hub.MethodReplies, r => r.RequestId == rid);
        Assert.Equal(200, reply.Status);
        var r0 = JsonDocument.Parse(reply.Body).RootElement.GetProperty("odour_r0_nh3").GetDouble();
        Assert.True(r0 < ToiletRig.CleanR0Ohms);
        Assert.NotEqual(0, _rig.CalibrationFlash.Saves);
        _rig.Run(TimeSpan.FromMinutes(2));
        Assert.Equal(0.5, _rig.Node.LastReading!.AmmoniaPpm, 1);
    }

    [Fact]
    public async Task Ping_answers_with_uptime_and_the_next_sequence_number()
    {
        _rig.Run(TimeSpan.FromMinutes(3));

        var rid = await _rig.Hub.CallMethodAsync("ping", "");
        await _rig.UntilMessageArrivesAsync("$iothub/methods/POST/");
        _rig.Run(TimeSpan.FromSeconds(1));

        var body = JsonDocument.Parse(Assert.Single(_rig.Hub.MethodReplies, r => r.RequestId == rid).Body).RootElement;
        Assert.Equal(180, body.GetProperty("uptime_s").GetInt64());
        Assert.Equal(_rig.Node.Services.Sequence.Next, body.GetProperty("seq").GetInt64());
    }
}
