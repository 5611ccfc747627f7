using Corroborate.Model;

namespace Corroborate.Reading;

/// <summary>
/// Expands the paths a user gave (files and folders, recursively) into a sorted list of document files.
/// The rule: a folder contributes the regular files whose extension is a document type (<see cref="DocumentExtensions"/>);
/// its other files are left out and listed in <see cref="InputSelection.Skipped"/>, and hidden files and folders
/// (names starting with '.') are not looked at. A file named on its own is always read, whatever its name: the
/// reader decides text or HTML by extension or content, and refuses binary, empty and oversized files with a
/// diagnostic; when its extension is not a document type it is listed in <see cref="InputSelection.OtherTypes"/>
/// so the caller can say so.
/// Only regular files are read: a FIFO (opening it waits forever for a writer), a device (/dev/zero never ends) or a
/// socket, named or found in a folder, is left out with a diagnostic, its type found without opening it. Links are
/// followed, each real folder and file at most once: a link loop ends where it comes back, and a file reached twice
/// is read once, under its first path in ordinal order (the others are in <see cref="InputSelection.Repeats"/>).
/// The files past the run's byte budget (<see cref="ReaderOptions.MaxRunBytes"/>, counted in path order) are not
/// read and are listed in <see cref="InputSelection.OverBudget"/>.
/// </summary>
public static class InputFiles
{
    /// <summary>The extensions a folder is searched for (any case).</summary>
    public static IReadOnlyList<string> DocumentExtensions { get; } = [".txt", ".text", ".htm", ".html", ".xhtml"];

    private static readonly HashSet<string> DocumentExtensionSet = new(DocumentExtensions, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a folder would take this file: its extension is one of <see cref="DocumentExtensions"/>.</summary>
    public static bool IsDocumentType(string path) => DocumentExtensionSet.Contains(Path.GetExtension(path));

    /// <summary>Files in ordinal path order (folders contribute their document files); problems with a path are reported, not thrown.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<Diagnostic> problems) => Select(paths, problems).Files;

    /// <summary>
    /// <see cref="Expand"/>, and what it left out of each folder and which named files are not of a document type.
    /// Neither of those is a problem with a document, so neither is added to <paramref name="problems"/>; a path that
    /// is missing, a folder that cannot be read and a file that is not a regular file are.
    /// </summary>
    public static InputSelection Select(IEnumerable<string> paths, List<Diagnostic> problems) => Select(paths, problems, ReaderOptions.Default);

    /// <summary><see cref="Select(IEnumerable{string}, List{Diagnostic})"/> with <paramref name="options"/>' run budget.</summary>
    public static InputSelection Select(IEnumerable<string> paths, List<Diagnostic> problems, ReaderOptions options) =>
        Select(paths, problems, options, ListFolder);

    /// <param name="listFolder">The names in a folder; throws when it cannot be read (tests give one that fails where the OS would not).</param>
    internal static InputSelection Select(IEnumerable<string> paths, List<Diagnostic> problems, ReaderOptions options, Func<string, IEnumerable<string>> listFolder)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var walk = new Walk(problems, listFolder);

        // In ordinal order, whatever order they were given in: which of two paths to one file is read must not
        // depend on the order of the arguments.
        foreach (string path in paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            FileStatus status = FileStatus.Of(path);
            switch (status.Kind)
            {
                case FileKind.Missing:
                    problems.Add(new Diagnostic(DiagnosticSeverity.Error, "missing-path", $"{PrintableName.Of(path)}: no such file or folder"));
                    break;
                case FileKind.Folder:
                    walk.Folder(path, status);
                    break;
                case FileKind.RegularFile or FileKind.Unknown:
                    walk.File(path, status, named: true);
                    break;
                default:
                    problems.Add(NotRegular(path, status.Kind, DiagnosticSeverity.Error));
                    break;
            }
        }

        return walk.Result(options.MaxRunBytes);
    }

    private static IEnumerable<string> ListFolder(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 })
            .Select(static entry => Path.GetFileName(entry));

    private static Diagnostic NotRegular(string path, FileKind kind, DiagnosticSeverity severity) =>
        new(severity, "not-regular-file", $"{PrintableName.Of(path)}: not a regular file ({FileKindNames.Describe(kind)}); only regular files are read");

    /// <summary>One expansion's state: what was found, and the real folders and files already reached.</summary>
    private sealed class Walk(List<Diagnostic> problems, Func<string, IEnumerable<string>> listFolder)
    {
        private readonly SortedDictionary<string, FileStatus> _files = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _folderSeen = new(StringComparer.Ordinal);
        private readonly List<SkippedFiles> _skipped = [];
        private readonly SortedSet<string> _otherTypes = new(StringComparer.Ordinal);
        private readonly List<RepeatedPath> _repeats = [];

        public void File(string path, FileStatus status, bool named)
        {
            _files.TryAdd(path, status);
            if (named && !IsDocumentType(path))
            {
                _otherTypes.Add(path);
            }
        }

        /// <summary>Depth first, each folder's names in ordinal order, so the first path to a real file is the same every run.</summary>
        public void Folder(string root, FileStatus rootStatus)
        {
            var others = new SortedSet<string>(StringComparer.Ordinal);
            var pending = new Stack<(string Path, FileStatus Status)>();
            pending.Push((root, rootStatus));
            while (pending.TryPop(out var folder))
            {
                if (_folderSeen.TryGetValue(folder.Status.Identity, out string? first))
                {
                    _repeats.Add(new RepeatedPath(folder.Path, first));
                    continue;
                }

                _folderSeen.Add(folder.Status.Identity, folder.Path);
                string[] names;
                try
                {
                    names = [.. listFolder(folder.Path).Order(StringComparer.Ordinal)];
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    string why = e is UnauthorizedAccessException or System.Security.SecurityException ? "permission denied" : PrintableName.Of(e.Message);
                    problems.Add(new Diagnostic(DiagnosticSeverity.Error, "unreadable-folder", $"{PrintableName.Of(folder.Path)}: cannot read the folder ({why}); its files are not read"));
                    continue;
                }

                var subfolders = new List<(string, FileStatus)>();
                foreach (string name in names.Where(static n => !n.StartsWith('.')))
                {
                    string path = Path.Combine(folder.Path, name);
                    FileStatus status = FileStatus.Of(path);
                    switch (status.Kind)
                    {
                        case FileKind.Folder:
                            subfolders.Add((path, status));
                            break;
                        case FileKind.RegularFile or FileKind.Unknown or FileKind.Missing when IsDocumentType(path):
                            // A link to nothing or a file that cannot be looked at is still tried, so the reader says why it fails.
                            File(path, status, named: false);
                            break;
                        case FileKind.RegularFile or FileKind.Unknown or FileKind.Missing:
                            others.Add(path);
                            break;
                        default:
                            problems.Add(NotRegular(path, status.Kind, DiagnosticSeverity.Warning));
                            break;
                    }
                }

                // Pushed in reverse so they are walked in ordinal order.
                for (int i = subfolders.Count - 1; i >= 0; i--)
                {
                    pending.Push(subfolders[i]);
                }
            }

            _skipped.Add(new SkippedFiles(root, [.. others]));
        }

        public InputSelection Result(long budget)
        {
            // A real file reached by two paths is read under the first in ordinal order.
            var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
            var files = new List<string>(_files.Count);
            var overBudget = new List<string>();
            long total = 0;
            foreach (var (path, status) in _files)
            {
                if (status.Kind == FileKind.RegularFile && !firstPath.TryAdd(status.Identity, path))
                {
                    _repeats.Add(new RepeatedPath(path, firstPath[status.Identity]));
                    continue;
                }

                // Once one file does not fit, neither does any after it: a run reads a prefix of the path order.
                if (overBudget.Count > 0 || total + status.Size > budget)
                {
                    overBudget.Add(path);
                    continue;
                }

                total += status.Size;
                files.Add(path);
            }

            var read = new HashSet<string>(files, StringComparer.Ordinal);

            // A file named on its own and also found in a folder given beside it is read, so it is not "skipped".
            SkippedFiles[] left = [.. _skipped
                .Select(s => s with { Files = [.. s.Files.Where(f => !read.Contains(f))] })
                .Where(static s => s.Files.Count > 0)];
            return new InputSelection(files, left, [.. _otherTypes.Where(read.Contains)])
            {
                Repeats = [.. _repeats.OrderBy(static r => r.Path, StringComparer.Ordinal)],
                OverBudget = overBudget,
            };
        }
    }
}

/// <summary>What <see cref="InputFiles.Select(IEnumerable{string}, List{Diagnostic})"/> found.</summary>
/// <param name="Files">The files to read, in ordinal path order.</param>
/// <param name="Skipped">Per folder given (in ordinal order), its files that are not of a document type, in path order.</param>
/// <param name="OtherTypes">Files named on their own whose extension is not a document type (they are read all the same).</param>
public sealed record InputSelection(IReadOnlyList<string> Files, IReadOnlyList<SkippedFiles> Skipped, IReadOnlyList<string> OtherTypes)
{
    /// <summary>Folders and files reached again through a link (or named twice), not read again: each with the path it was first reached by.</summary>
    public IReadOnlyList<RepeatedPath> Repeats { get; init; } = [];

    /// <summary>The files not read because the run's byte budget was reached, in path order.</summary>
    public IReadOnlyList<string> OverBudget { get; init; } = [];
}

/// <summary>A folder or file reached again at <paramref name="Path"/>, already read as <paramref name="SameAs"/>.</summary>
public sealed record RepeatedPath(string Path, string SameAs);

/// <summary>The files of one given folder that were left out because their extension is not a document type.</summary>
public sealed record SkippedFiles(string Folder, IReadOnlyList<string> Files)
{
    /// <summary>The distinct extensions of the skipped files, lower case and sorted ("" for files without one).</summary>
    public IReadOnlyList<string> Extensions =>
        [.. Files.Select(static f => Path.GetExtension(f).ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
