using System.Runtime.InteropServices;

namespace Corroborate.Reading;

/// <summary>
/// A path's type, size and identity with its links followed, found without opening it (opening a FIFO blocks, a
/// device never ends). .NET reports a FIFO, a device and a socket as an ordinary file, so on Linux this asks the
/// kernel directly with statx(2), whose buffer has one layout on every architecture. Elsewhere (or where statx is
/// missing) it falls back to what .NET knows: folders and files, the rest unknown, identity by resolved path.
/// </summary>
internal readonly record struct FileStatus(FileKind Kind, long Size, string Identity)
{
    public static FileStatus Of(string path)
    {
        if (OperatingSystem.IsLinux() && Statx.TryGet(path, out FileStatus status))
        {
            return status;
        }

        return Portable(path);
    }

    private static FileStatus Portable(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            FileSystemInfo target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            target.Refresh();
            return target switch
            {
                { Exists: false } => new FileStatus(FileKind.Missing, 0, target.FullName),
                DirectoryInfo => new FileStatus(FileKind.Folder, 0, target.FullName),
                FileInfo file => new FileStatus(FileKind.RegularFile, file.Length, target.FullName),
                _ => new FileStatus(FileKind.Unknown, 0, target.FullName),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new FileStatus(FileKind.Unknown, 0, Path.GetFullPath(path));
        }
    }

    /// <summary>statx(2) from the C library, following links.</summary>
    private static class Statx
    {
        private const int AtFdCwd = -100;
        private const uint TypeSizeAndIdentity = 0x001 | 0x100 | 0x200; // STATX_TYPE | STATX_INO | STATX_SIZE
        private const int NoSuchFile = 2; // ENOENT
        private const int NotAFolder = 20; // ENOTDIR
        private const int TooManyLinks = 40; // ELOOP
        private static bool s_missing;

        /// <summary>The kernel's struct statx: 256 bytes, the same on every architecture.</summary>
        [StructLayout(LayoutKind.Explicit, Size = 256)]
        private struct Buffer
        {
            [FieldOffset(0)] public uint Mask;
            [FieldOffset(28)] public ushort Mode;
            [FieldOffset(32)] public ulong Inode;
            [FieldOffset(40)] public ulong Size;
            [FieldOffset(136)] public uint DeviceMajor;
            [FieldOffset(140)] public uint DeviceMinor;
        }

        // DllImport, not LibraryImport: the buffer is blittable and the path is passed as NUL-terminated UTF-8 bytes,
        // so no marshalling code (and no unsafe code) is needed.
#pragma warning disable SYSLIB1054
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        private static extern int Call(int folder, byte[] path, int flags, uint mask, out Buffer buffer);
#pragma warning restore SYSLIB1054

        public static bool TryGet(string path, out FileStatus status)
        {
            status = default;
            if (s_missing)
            {
                return false;
            }

            Buffer buffer;
            try
            {
                if (Call(AtFdCwd, NulTerminated(path), 0, TypeSizeAndIdentity, out buffer) != 0)
                {
                    int error = Marshal.GetLastPInvokeError();
                    status = error is NoSuchFile or NotAFolder or TooManyLinks
                        ? new FileStatus(FileKind.Missing, 0, Path.GetFullPath(path))
                        : new FileStatus(FileKind.Unknown, 0, Path.GetFullPath(path));
                    return true;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                s_missing = true;
                return false;
            }

            FileKind kind = (buffer.Mode & 0xF000) switch
            {
                0x8000 => FileKind.RegularFile,
                0x4000 => FileKind.Folder,
                0x1000 => FileKind.NamedPipe,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Unknown,
            };
            string identity = $"{buffer.DeviceMajor}:{buffer.DeviceMinor}:{buffer.Inode}";
            status = new FileStatus(kind, kind == FileKind.RegularFile ? (long)Math.Min(buffer.Size, long.MaxValue) : 0, identity);
            return true;
        }

        private static byte[] NulTerminated(string path)
        {
            var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
            System.Text.Encoding.UTF8.GetBytes(path, bytes);
            return bytes;
        }
    }
}
