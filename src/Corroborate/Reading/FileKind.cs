namespace Corroborate.Reading;

/// <summary>What a path is once its symbolic links are followed: only regular files are read.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or a link to nothing).</summary>
    Missing,

    /// <summary>A regular file: the only kind that is read.</summary>
    RegularFile,

    Folder,

    /// <summary>A FIFO: opening it for reading waits for a writer, forever if none comes.</summary>
    NamedPipe,

    /// <summary>A character device (/dev/zero, a terminal): it can yield bytes without end.</summary>
    CharacterDevice,

    BlockDevice,

    Socket,

    /// <summary>The type could not be found out (no permission to look): the reader reports why when it tries.</summary>
    Unknown,
}

internal static class FileKindNames
{
    /// <summary>"a named pipe": how a diagnostic names the kind.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => "a named pipe",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Folder => "a folder",
        _ => "of an unknown type",
    };
}
