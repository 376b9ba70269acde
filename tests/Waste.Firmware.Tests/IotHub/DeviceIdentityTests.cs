using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Tests.IotHub;

public class DeviceIdentityTests
{
    [Theory]
    [InlineData("bin-0001", true)]
    [InlineData("bd.tdm:wc_1", true)]
    [InlineData("", false)]
    [InlineData("bin/1", false)]
    [InlineData("bin#", false)]
    [InlineData("bin+", false)]
    public void Device_ids_follow_the_protocols_alphabet(string id, bool valid)
    {
        Assert.Equal(valid, DeviceIdentity.IsValidDeviceId(id));
        Assert.False(DeviceIdentity.IsValidDeviceId(new string('a', 129)));
    }
}
