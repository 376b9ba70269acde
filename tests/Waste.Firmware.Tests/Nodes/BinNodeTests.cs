using System.Text.Json;
using Waste.Firmware.Tests.Fakes;

namespace Waste.Firmware.Tests.Nodes;

/// <summary>The bin node's wake cycle against a real broker playing IoT Hub, on a virtual clock; each wake builds a
/// new node from RTC memory and flash, as the ESP32 does after deep sleep.</summary>
public sealed class BinNodeTests : IAsyncLifetime
{
    private BinRig _rig = null!;

    public async Task InitializeAsync() => _rig = await BinRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public void A_bin_node_sleeps_one_sample_period_between_wakes_and_keeps_its_state_in_RTC_memory()
    {
        _rig.FillTo(20);

        var sleeps = Enumerable.Range(0, 5).Select(_ => _rig.WakeAndSleep()).ToArray();

        Assert.Equal([1800, 1800, 1800, 1800, 1800], sleeps);
        Assert.True(_rig.Node!.ColdBoot is false);
        Assert.Equal(5, _rig.Retained.Saves);
        Assert.Equal(5, _rig.Node.Services.Sequence.Next);
        Assert.Equal(5, _rig.SensorPower.Switches);
        Assert.False(_rig.SensorPower.IsOn);
    }

    [Fact]
    public void The_first_wake_after_power_on_connects_gets_the_twin_and_reports_itself()
    {
        _rig.FillTo(20);

        _rig.WakeAndSleep();

        Assert.True(_rig.Node!.ColdBoot);
        Assert.Single(_rig.Hub.Telemetry);
        var reported = JsonDocument.Parse(Assert.Single(_rig.Hub.Reported)).RootElement;
        Assert.Equal("1.0.0", reported.GetProperty("fw").GetString());
        Assert.Equal(1, reported.GetProperty("config_version").GetInt64());
        Assert.Equal(JsonValueKind.Null, reported.GetProperty("config_error").ValueKind);
        Assert.Equal(512, reported.GetProperty("buffer_capacity").GetInt32());
        Assert.Equal(3.9, reported.GetProperty("batt_v").GetDouble(), 2);
        Assert.Equal(0.4, _rig.Node.Services.Settings.Current.Geometry.SensorOffsetMetres);
    }

    [Fact]
    public void Readings_taken_between_heartbeats_go_out_together_oldest_first()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();

        _rig.RunFor(TimeSpan.FromHours(6));

        Assert.Equal(2, _rig.Hub.Telemetry.Count);
        var batch = JsonDocument.Parse(_rig.Hub.Telemetry[1]).RootElement;
        var sequences = batch.GetProperty("r").EnumerateArray().Select(r => r.GetProperty("seq").GetInt64()).ToArray();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), sequences);
        Assert.Equal("utc", batch.GetProperty("clk").GetString());
        var times = batch.GetProperty("r").EnumerateArray().Select(r => r.GetProperty("t").GetInt64()).ToArray();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(1800, pair.Second - pair.First));
        Assert.Equal(20.0, batch.GetProperty("r")[0].GetProperty("fill_pct").GetDouble(), 0);
    }

    [Fact]
    public void Twenty_four_hours_offline_then_replay_loses_no_reading_and_repeats_or_skips_no_sequence_number()
    {
        _rig.FillTo(10);
        _rig.WakeAndSleep();
        _rig.Network.Up = false;

        _rig.RunFor(TimeSpan.FromHours(24));
        var taken = _rig.Node!.Services.Sequence.Next;
        Assert.Equal(taken - 1, _rig.Node.Services.Buffer.Count);
        _rig.Network.Up = true;
        while (_rig.Node.Services.Buffer.Count > 0)
        {
            _rig.WakeAndSleep();
        }

        var sequences = _rig.ReadingsReceived().Select(r => r.GetProperty("seq").GetInt64()).ToArray();
        Assert.True(taken >= 49, $"only {taken} readings in 24 hours");
        Assert.Equal(Enumerable.Range(0, sequences.Length).Select(i => (long)i), sequences);
        Assert.True(sequences.Length >= taken);
        Assert.All(_rig.Hub.Telemetry, m => Assert.Equal(0, JsonDocument.Parse(m).RootElement.GetProperty("drop").GetInt64()));
        var times = _rig.ReadingsReceived().Select(r => r.GetProperty("t").GetInt64()).ToArray();
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public void A_dead_network_is_retried_with_back_off_not_at_every_wake()
    {
        _rig.FillTo(10);
        _rig.WakeAndSleep();
        _rig.Network.Up = false;
        var joinsBefore = _rig.Network.Joins;

        var wakes = _rig.RunFor(TimeSpan.FromHours(24));

        var attempts = _rig.Network.Joins - joinsBefore;
        Assert.InRange(attempts, 3, 8);
        Assert.True(wakes >= 48);
    }

    [Fact]
    public void A_full_offline_buffer_drops_the_oldest_readings_and_says_how_many()
    {
        _rig.BufferCapacity = 10;
        _rig.FillTo(10);
        _rig.WakeAndSleep();
        _rig.Network.Up = false;
        _rig.RunFor(TimeSpan.FromHours(10));
        _rig.Network.Up = true;

        var taken = _rig.WakeUntilNextUpload().Services.Sequence.Next;

        var replay = JsonDocument.Parse(_rig.Hub.Telemetry[1]).RootElement;
        var sequences = replay.GetProperty("r").EnumerateArray().Select(r => r.GetProperty("seq").GetInt64()).ToArray();
        Assert.Equal(taken - 1 - 10, replay.GetProperty("drop").GetInt64());
        Assert.Equal(Enumerable.Range((int)taken - 10, 10).Select(i => (long)i), sequences[..10]);
        var reported = JsonDocument.Parse(_rig.Hub.Reported[^1]).RootElement;
        Assert.Equal(taken - 1 - 10, reported.GetProperty("buffer_dropped").GetInt64());
    }

    [Fact]
    public void After_a_power_cut_the_sequence_continues_above_every_number_used()
    {
        _rig.FillTo(10);
        _rig.RunFor(TimeSpan.FromHours(7));
        var used = _rig.ReadingsReceived().Max(r => r.GetProperty("seq").GetInt64());

        _rig.Clock.PowerCycle();
        _rig.Retained.Erase();
        _rig.WakeAndSleep();

        Assert.True(_rig.Node!.ColdBoot);
        var after = _rig.ReadingsReceived().Select(r => r.GetProperty("seq").GetInt64()).ToArray();
        Assert.Equal(after.Length, after.Distinct().Count());
        Assert.True(after[^1] > used);
    }

    [Fact]
    public void A_garbled_RTC_record_is_a_cold_boot_not_a_crash()
    {
        _rig.FillTo(10);
        _rig.WakeAndSleep();
        _rig.Retained.Corrupt();

        _rig.WakeAndSleep();

        Assert.True(_rig.Node!.ColdBoot);
        var sequences = _rig.ReadingsReceived().Select(r => r.GetProperty("seq").GetInt64()).ToArray();
        Assert.Equal(sequences.Length, sequences.Distinct().Count());
    }

    [Fact]
    public void Until_SNTP_answers_readings_wait_and_then_go_out_with_their_true_UTC_times()
    {
        _rig.FillTo(10);
        _rig.Sntp.Reachable = false;
        var start = _rig.Clock.UtcSeconds;

        _rig.RunFor(TimeSpan.FromHours(3));
        Assert.Empty(_rig.Hub.Telemetry);
        _rig.Sntp.Reachable = true;
        _rig.RunFor(TimeSpan.FromHours(6));

        var readings = _rig.ReadingsReceived();
        Assert.Equal(start, readings[0].GetProperty("t").GetInt64());
        Assert.Equal(start + 1800, readings[1].GetProperty("t").GetInt64());
        Assert.All(_rig.Hub.Telemetry, m => Assert.Equal("utc", JsonDocument.Parse(m).RootElement.GetProperty("clk").GetString()));
    }

    [Fact]
    public void A_fill_step_is_sent_at_once()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.WakeAndSleep();
        Assert.Single(_rig.Hub.Telemetry);

        _rig.FillTo(32);
        _rig.WakeAndSleep();

        Assert.Equal(2, _rig.Hub.Telemetry.Count);
        Assert.Equal(32.0, _rig.ReadingsReceived()[^1].GetProperty("fill_pct").GetDouble(), 0);
    }

    [Fact]
    public void A_knocked_over_bin_is_confirmed_a_minute_later_and_sent_at_once()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.Tilt.Active = true;

        var firstSleep = _rig.WakeAndSleep();
        Assert.Equal(60, firstSleep);
        Assert.Single(_rig.Hub.Telemetry);
        _rig.WakeAndSleep();

        Assert.Equal(2, _rig.Hub.Telemetry.Count);
        var last = _rig.ReadingsReceived()[^1];
        Assert.Equal(["tilt"], last.GetProperty("alarms").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void A_bin_tilted_for_one_sample_only_raises_nothing()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.Tilt.Active = true;
        _rig.WakeAndSleep();
        _rig.Tilt.Active = false;

        _rig.RunFor(TimeSpan.FromHours(6));

        Assert.DoesNotContain(_rig.ReadingsReceived(), r => r.TryGetProperty("alarms", out _));
    }

    [Fact]
    public void Air_heating_fast_is_sampled_every_minute_and_raises_fire()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.Air.Celsius = 40;

        Assert.Equal(60, _rig.WakeAndSleep());
        _rig.Air.Celsius = 45;
        _rig.WakeAndSleep();
        _rig.Air.Celsius = 50;
        _rig.WakeAndSleep();

        var last = _rig.ReadingsReceived()[^1];
        Assert.Contains("fire", last.GetProperty("alarms").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void A_sensor_that_returns_no_echo_is_a_fault_and_its_value_is_left_out()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.Ultrasonic.Silent = true;

        _rig.RunFor(TimeSpan.FromHours(6));

        var last = _rig.ReadingsReceived()[^1];
        Assert.Equal(["no_echo"], last.GetProperty("faults").EnumerateArray().Select(a => a.GetString()));
        Assert.False(last.TryGetProperty("fill_pct", out _));
        Assert.False(last.TryGetProperty("dist_m", out _));
        Assert.True(last.TryGetProperty("temp_c", out _));
    }

    [Fact]
    public void A_sensor_stuck_on_one_value_is_a_fault_after_twelve_samples()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.Ultrasonic.StuckAt = 7000;

        _rig.RunFor(TimeSpan.FromHours(12));

        var stuck = _rig.ReadingsReceived().Skip(1).Select(r => r.TryGetProperty("faults", out var f) && f[0].GetString() == "stuck").ToArray();
        Assert.Equal(Enumerable.Repeat(false, 11).Concat(Enumerable.Repeat(true, stuck.Length - 11)), stuck);
    }

    [Fact]
    public void A_desired_change_made_while_the_bin_slept_is_applied_at_its_next_upload_and_reported()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.Hub.DesiredMembers = "\"sensor_offset_m\":0.4,\"sample_period_s\":900";
        _rig.Hub.DesiredVersion = 2;

        _rig.RunFor(TimeSpan.FromHours(6));

        Assert.Equal(900, _rig.Node!.Services.Settings.Current.SamplePeriodSeconds);
        Assert.Equal(900, _rig.WakeAndSleep());
        var reported = JsonDocument.Parse(_rig.Hub.Reported[^1]).RootElement;
        Assert.Equal(2, reported.GetProperty("config_version").GetInt64());
    }

    [Fact]
    public void A_desired_value_out_of_range_is_refused_whole_reported_and_the_old_configuration_stays()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.Hub.DesiredMembers = "\"sensor_offset_m\":0.4,\"sample_period_s\":900,\"bin_depth_m\":5";
        _rig.Hub.DesiredVersion = 2;

        _rig.RunFor(TimeSpan.FromHours(6));

        var settings = _rig.Node!.Services.Settings;
        Assert.Equal(1800, settings.Current.SamplePeriodSeconds);
        Assert.Equal(0.95, settings.Current.Geometry.DepthMetres);
        Assert.Equal(1, settings.AppliedVersion);
        var reported = JsonDocument.Parse(_rig.Hub.Reported[^1]).RootElement;
        Assert.Equal(1, reported.GetProperty("config_version").GetInt64());
        Assert.StartsWith("bin_depth_m", reported.GetProperty("config_error").GetString());
    }

    [Fact]
    public void Direct_methods_waiting_for_a_sleeping_bin_are_answered_at_its_next_connection()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _rig.Hub.CallMethodOnNextConnection("ping", "{}");
        _rig.Hub.CallMethodOnNextConnection("measure_now", "");
        _rig.Hub.CallMethodOnNextConnection("recalibrate_odour", "{}");
        _rig.Hub.CallMethodOnNextConnection("self_destruct", "{}");
        _rig.Hub.CallMethodOnNextConnection("ping", "{not json");
        _rig.Hub.CallMethodOnNextConnection("reboot", "null");

        var node = _rig.WakeUntilNextUpload();

        var replies = _rig.Hub.MethodReplies;
        Assert.Equal([200, 200, 400, 404, 400, 200], replies.Select(r => r.Status));
        var ping = JsonDocument.Parse(replies[0].Body).RootElement;
        Assert.True(ping.GetProperty("uptime_s").GetInt64() >= 5 * 3600);
        var measured = JsonDocument.Parse(replies[1].Body).RootElement.GetProperty("seq").GetInt64();
        Assert.Contains(measured, _rig.ReadingsReceived().Select(r => r.GetProperty("seq").GetInt64()));
        Assert.True(node.RebootRequested);
        Assert.Equal(3, node.Services.Exchange.RefusedCommands);
    }

    [Fact]
    public void A_malformed_cloud_to_device_command_is_refused_and_reported_and_the_next_one_still_runs()
    {
        _rig.FillTo(20);
        _rig.WakeAndSleep();
        _ = _rig.Hub.SendCloudToDeviceAsync("{\"cmd\":", false);
        _ = _rig.Hub.SendCloudToDeviceAsync("{\"cmd\":\"measure_now\"}", false);

        var node = _rig.WakeUntilNextUpload();

        Assert.Equal(1, node.Services.Exchange.RefusedCommands);
        Assert.Contains("command is not JSON", JsonDocument.Parse(_rig.Hub.Reported[^1]).RootElement.GetProperty("command_error").GetString());
        var sequences = _rig.ReadingsReceived().Select(r => r.GetProperty("seq").GetInt64()).ToArray();
        Assert.Equal(Enumerable.Range(0, sequences.Length).Select(i => (long)i), sequences);
        Assert.Equal(14, sequences.Length);
    }
}
