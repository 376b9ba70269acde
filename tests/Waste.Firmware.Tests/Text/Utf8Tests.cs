using System.Text;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Tests.Text;

public class Utf8Tests
{
    [Theory]
    [InlineData("")]
    [InlineData("bin-0001")]
    [InlineData("Thủ Dầu Một")]
    [InlineData("🚮 thùng rác")]
    public void Matches_the_frameworks_encoder(string text)
    {
        Assert.Equal(Encoding.UTF8.GetBytes(text), Utf8.GetBytes(text));
    }

    [Fact]
    public void Matches_the_frameworks_encoder_on_random_text_including_lone_surrogates()
    {
        var random = new Random(13);
        for (var trial = 0; trial < 2000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => (char)random.Next(0, 0x10000)).ToArray());

            Assert.Equal(Encoding.UTF8.GetBytes(text), Utf8.GetBytes(text));
        }
    }
}
