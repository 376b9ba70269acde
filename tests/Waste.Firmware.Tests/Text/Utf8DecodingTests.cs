using System.Text;
using CsCheck;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Tests.Text;

public class Utf8DecodingTests
{
    [Fact]
    public void Decodes_what_the_host_encodes()
    {
        Gen.String.Sample(text =>
        {
            var decoded = Utf8.GetString(Encoding.UTF8.GetBytes(text), out var valid);
            Assert.True(valid);
            Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)), decoded);
        });
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xFF })]
    public void Flags_malformed_sequences(byte[] bytes)
    {
        Utf8.GetString(bytes, out var valid);

        Assert.False(valid);
    }
}
