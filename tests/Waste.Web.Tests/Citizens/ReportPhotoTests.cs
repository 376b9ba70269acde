using SkiaSharp;
using Waste.Web.Public;

namespace Waste.Web.Tests.Citizens;

/// <summary>A citizen's photo is kept upright, as a fresh JPEG with no metadata; what is not a photo is refused.</summary>
public sealed class ReportPhotoTests
{
    [Fact]
    public void A_phone_photo_is_turned_upright_and_keeps_no_gps_position_orientation_or_comment()
    {
        var upload = ExifPhoto.Jpeg();
        Assert.True(ExifPhoto.Contains(upload, "Exif") && ExifPhoto.Contains(upload, ExifPhoto.CameraComment));
        using (var original = SKCodec.Create(SKData.CreateCopy(upload)))
        {
            Assert.Equal(SKEncodedOrigin.RightTop, original.EncodedOrigin);
        }

        var (jpeg, error) = ReportPhoto.Clean(upload);

        Assert.Null(error);
        Assert.NotNull(jpeg);
        Assert.False(ExifPhoto.Contains(jpeg, "Exif"), "the EXIF segment (GPS position) survived");
        Assert.False(ExifPhoto.Contains(jpeg, ExifPhoto.CameraComment), "the comment survived");
        using var codec = SKCodec.Create(SKData.CreateCopy(jpeg));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        // 60 x 40 stored sideways is 40 x 60 upright; the orange stripe on the stored left is now on top.
        Assert.Equal((40, 60), (codec.Info.Width, codec.Info.Height));
        using var bitmap = SKBitmap.Decode(codec);
        Assert.True(bitmap.GetPixel(20, 5).Red > 200, "the top is not the orange stripe: not turned");
        Assert.True(bitmap.GetPixel(20, 55).Blue > 120, "the bottom is not blue");
    }

    [Fact]
    public void A_large_photo_is_scaled_to_fit()
    {
        using var bitmap = new SKBitmap(3200, 2400);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var (jpeg, error) = ReportPhoto.Clean(png.ToArray());

        Assert.Null(error);
        using var codec = SKCodec.Create(SKData.CreateCopy(jpeg!));
        Assert.Equal((ReportPhoto.MaxSide, 1200), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public void Text_named_like_a_photo_and_a_gif_are_refused()
    {
        Assert.NotNull(ReportPhoto.Clean("<html>not a photo</html>"u8.ToArray()).Error);
        byte[] gif = [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B];
        Assert.Equal("the photo must be a JPEG, PNG or WebP image", ReportPhoto.Clean(gif).Error);
    }

    [Fact]
    public void A_small_file_claiming_a_huge_image_is_refused_before_decoding()
    {
        var (jpeg, error) = ReportPhoto.Clean(PngClaiming(20_000, 20_000));

        Assert.Null(jpeg);
        Assert.Contains("million pixels", error);
    }

    // A PNG whose header claims 20,000 x 20,000 pixels, with an empty image data chunk: 65 bytes.
    private static byte[] PngClaiming(int width, int height)
    {
        byte[] header = [(byte)(width >> 24), (byte)(width >> 16), (byte)(width >> 8), (byte)width,
            (byte)(height >> 24), (byte)(height >> 16), (byte)(height >> 8), (byte)height, 8, 6, 0, 0, 0];
        return [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        var crc = Crc32(typed);
        return [(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length, .. typed,
            (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc];
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
