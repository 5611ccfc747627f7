using System.Runtime.InteropServices;
using System.Text;

namespace Corroborate.Cli;

/// <summary>
/// Standard output for every command, whose write failures are <see cref="OutputWriteException"/> (exit 3 with one
/// line), not a runtime error. .NET's console stream drops the bytes silently when the reader closed the pipe
/// (<c>| head -c1</c>), and a FileStream over descriptor 1 keeps its own offset (a later writer to the same file would
/// overwrite it), so on Unix this calls write(2) on descriptor 1 itself.
/// </summary>
internal static class StandardOutput
{
    private static readonly Lazy<Stream> Shared = new(Open);

    /// <summary>The raw byte stream (reports are written here); never closed by its users.</summary>
    public static Stream Stream => Shared.Value;

    /// <summary>Makes Console.Out write through <see cref="Stream"/>, so Console.WriteLine fails the same way.</summary>
    public static void Install() =>
        Console.SetOut(new StreamWriter(new KeepOpen(Stream), new UTF8Encoding(false), 4096) { AutoFlush = true, NewLine = "\n" });

    private static Stream Open() => OperatingSystem.IsWindows() ? new Guarded(Console.OpenStandardOutput()) : new UnixDescriptor(1);

    /// <summary>The one line a failed write becomes: "cannot write the report: no space left on device".</summary>
    internal static string Problem(string reason) => $"cannot write the report: {reason}";

    private static string Lower(string message) =>
        message.Length == 0 ? "unknown error" : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');

    /// <summary>write(2) to a descriptor, retried when interrupted or partial.</summary>
    private sealed class UnixDescriptor(int descriptor) : Stream
    {
        private const int Interrupted = 4; // EINTR
        private const int BrokenPipe = 32; // EPIPE

        // DllImport with a blittable signature (a reference to the first byte, pinned for the call; a length): no
        // marshalling code and no unsafe code.
#pragma warning disable SYSLIB1054
        [DllImport("libc", EntryPoint = "write", SetLastError = true)]
        private static extern nint Write(int fd, ref byte buffer, nint count);
#pragma warning restore SYSLIB1054

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            Write(buffer.AsSpan(offset, count));
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                nint written = Write(descriptor, ref MemoryMarshal.GetReference(buffer), buffer.Length);
                if (written < 0)
                {
                    int error = Marshal.GetLastPInvokeError();
                    if (error == Interrupted)
                    {
                        continue;
                    }

                    throw new OutputWriteException(Problem(error == BrokenPipe
                        ? "the reader closed the pipe (broken pipe)"
                        : Lower(Marshal.GetPInvokeErrorMessage(error))));
                }

                buffer = buffer[(int)written..];
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Another stream whose IOExceptions become <see cref="OutputWriteException"/> (Windows).</summary>
    private sealed class Guarded(Stream inner) : KeepOpen(inner)
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                base.Write(buffer, offset, count);
            }
            catch (IOException e)
            {
                throw new OutputWriteException(Problem(Lower(e.Message)));
            }
        }

        public override void Flush()
        {
            try
            {
                base.Flush();
            }
            catch (IOException e)
            {
                throw new OutputWriteException(Problem(Lower(e.Message)));
            }
        }
    }

    /// <summary>Passes writes on and ignores Dispose: the process's standard output stays open for the next writer.</summary>
    private class KeepOpen(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>Standard output could not be written (full disk, closed pipe): exit 3, one line.</summary>
internal sealed class OutputWriteException(string message) : Exception(message);
