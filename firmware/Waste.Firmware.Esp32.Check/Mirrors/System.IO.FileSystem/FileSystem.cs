// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace System.IO
{
    public static class File
    {
        public static void Delete(string path) => throw new NotImplementedException();

        public static bool Exists(string path) => throw new NotImplementedException();

        public static void Move(string sourceFileName, string destFileName) => throw new NotImplementedException();
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

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }
}
