using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.Text;
using Waste.Firmware.Tests.Fakes;

namespace Waste.Firmware.Tests.Config;

public class DeviceSettingsTests
{
    [Fact]
    public void An_applied_configuration_is_kept_in_flash_across_a_reboot()
    {
        var flash = new MemoryStore();
        var settings = new DeviceSettings(NodeKind.Bin, flash);

        Assert.True(settings.Apply(Json("""{"sample_period_s":600,"$version":3}"""), false));

        var rebooted = new DeviceSettings(NodeKind.Bin, flash);
        Assert.Equal(600, rebooted.Current.SamplePeriodSeconds);
        Assert.Equal(3, rebooted.AppliedVersion);
    }

    [Fact]
    public void The_same_version_is_applied_once()
    {
        var settings = new DeviceSettings(NodeKind.Bin, new MemoryStore());
        settings.Apply(Json("""{"sample_period_s":600,"$version":3}"""), true);

        Assert.False(settings.Apply(Json("""{"sample_period_s":600,"$version":3}"""), true));
    }

    [Fact]
    public void A_refused_version_keeps_the_old_configuration_and_remembers_why()
    {
        var settings = new DeviceSettings(NodeKind.Bin, new MemoryStore());
        settings.Apply(Json("""{"sample_period_s":600,"$version":3}"""), true);

        Assert.True(settings.Apply(Json("""{"sample_period_s":6,"$version":4}"""), false));

        Assert.Equal(600, settings.Current.SamplePeriodSeconds);
        Assert.Equal(3, settings.AppliedVersion);
        Assert.Equal(4, settings.RefusedVersion);
        Assert.StartsWith("sample_period_s", settings.LastError);
    }

    [Fact]
    public void The_whole_desired_document_of_a_twin_GET_returns_absent_properties_to_their_defaults()
    {
        var settings = new DeviceSettings(NodeKind.Bin, new MemoryStore());
        settings.Apply(Json("""{"sample_period_s":600,"heartbeat_h":2,"$version":3}"""), false);

        settings.Apply(Json("""{"heartbeat_h":3,"$version":5}"""), true);

        Assert.Equal(1800, settings.Current.SamplePeriodSeconds);
        Assert.Equal(3, settings.Current.Report.HeartbeatHours);
    }

    [Fact]
    public void Garbled_flash_gives_the_defaults()
    {
        var flash = new MemoryStore();
        var settings = new DeviceSettings(NodeKind.Toilet, flash);
        settings.Apply(Json("""{"sample_period_s":600,"$version":3}"""), false);
        flash.Corrupt();

        var rebooted = new DeviceSettings(NodeKind.Toilet, flash);

        Assert.Equal(60, rebooted.Current.SamplePeriodSeconds);
        Assert.Equal(-1, rebooted.AppliedVersion);
    }

    private static JsonValue Json(string text) => JsonReader.Parse(text, out _)!;
}
