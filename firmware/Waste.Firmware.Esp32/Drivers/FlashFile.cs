using System.IO;
using Waste.Firmware.Core.Persistence;

namespace Waste.Firmware.Esp32.Drivers;

/// <summary>
/// A store in a file of nanoFramework's internal flash file system. It is written whole to a new file that then
/// replaces the old one, so a power cut mid-write leaves the old or the new content (read from the new file when the
/// old one is already gone), never half of each; a garbled record is anyway refused by the reader that loads it.
/// </summary>
public sealed class FlashFile : IByteStore
{
    private readonly string _path;

    /// <summary>Creates the store at <paramref name="path"/>.</summary>
    public FlashFile(string path) => _path = path;

    /// <inheritdoc />
    public byte[] Load()
    {
        var path = File.Exists(_path) ? _path : File.Exists(_path + ".new") ? _path + ".new" : "";
        if (path.Length == 0)
        {
            return new byte[0];
        }

        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read))
        {
            var bytes = new byte[(int)stream.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var chunk = stream.Read(bytes, read, bytes.Length - read);
                if (chunk <= 0)
                {
                    break;
                }

                read += chunk;
            }

            if (read == bytes.Length)
            {
                return bytes;
            }

            var partial = new byte[read];
            System.Array.Copy(bytes, partial, read);
            return partial;
        }
    }

    /// <inheritdoc />
    public void Save(byte[] data)
    {
        var next = _path + ".new";
        using (var stream = new FileStream(next, FileMode.Create, FileAccess.Write))
        {
            stream.Write(data, 0, data.Length);
        }

        File.Delete(_path);
        File.Move(next, _path);
    }
}
