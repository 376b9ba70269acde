// NEVER SHIPPED. Compile-check declaration mirroring the public signature of a nanoFramework package (see
// ../README.md): only the members the ESP32 layer uses. The real package replaces it on the device build.
#nullable disable
#pragma warning disable CS0067, CS1591, CA1711, CA1716, CA1720, CA1707, CA1069, CA1008, CA1028, CA1051, CA1034, CA1003, CA1062
// Packages nanoFramework.System.IO.FileSystem (File, FileStream, FileMode, FileAccess) and
// nanoFramework.System.IO.Streams (Stream).
namespace System.IO
{
    public static class File
    {
        public static bool Exists(string path) => throw new NotImplementedException();

        public static void Delete(string path) => throw new NotImplementedException();

        public static void Move(string sourceFileName, string destFileName) => throw new NotImplementedException();
    }

    public abstract class Stream : IDisposable
    {
        public abstract long Length { get; }

        public abstract int Read(byte[] buffer, int offset, int count);

        public abstract void Write(byte[] buffer, int offset, int count);

        public void Dispose() => throw new NotImplementedException();
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access) => throw new NotImplementedException();

        public override long Length => throw new NotImplementedException();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotImplementedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotImplementedException();
    }

    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }
}
