using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Tests.Text;

public class UrlEncodingTests
{
    [Theory]
    [InlineData("waste-hub.local/devices/bin-0001", "waste-hub.local%2Fdevices%2Fbin-0001")]
    [InlineData("a+b/c=", "a%2Bb%2Fc%3D")]
    [InlineData("Bình Dương", "B%C3%ACnh%20D%C6%B0%C6%A1ng")]
    public void Encodes_everything_but_unreserved_characters(string text, string expected)
    {
        Assert.Equal(expected, UrlEncoding.Encode(text));
    }

    [Fact]
    public void Agrees_with_Uri_EscapeDataString()
    {
        var random = new Random(17);
        for (var trial = 0; trial < 2000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => (char)random.Next(0x20, 0x7F)).ToArray());

            Assert.Equal(Uri.EscapeDataString(text), UrlEncoding.Encode(text));
        }
    }
}
