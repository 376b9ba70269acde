using CsCheck;
using Waste.Firmware.Core.Persistence;

namespace Waste.Firmware.Tests.Persistence;

public class ByteRecordTests
{
    [Fact]
    public void What_is_written_reads_back_in_order()
    {
        Gen.Select(Gen.Long, Gen.Double, Gen.String, Gen.Bool).Sample((whole, number, text, flag) =>
        {
            var reader = new ByteReader(new ByteWriter().Int64(whole).Double(number).String(text).Boolean(flag).ToArray());

            Assert.Equal(whole, reader.Int64());
            Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(reader.Double()));
            Assert.Equal(System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text)), reader.String());
            Assert.Equal(flag, reader.Boolean());
            Assert.True(reader.EndedCleanly);
        });
    }

    [Fact]
    public void Garbled_or_cut_records_fail_without_throwing()
    {
        Gen.Byte.Array[0, 64].Sample(bytes =>
        {
            var reader = new ByteReader(bytes);
            reader.Int64();
            reader.String();
            reader.Double();
            reader.Boolean();
            Assert.True(reader.Failed || bytes.Length >= 25);
        });
    }
}
