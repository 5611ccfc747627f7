using System.Diagnostics;
using System.Text;

namespace Corroborate.Fuzz;

/// <summary>
/// Figures for a fuzz campaign, not a test: <c>Corroborate.Fuzz --measure DIR... [--top N]</c> runs every file of
/// the folders through every target in process (uninstrumented build) and prints, per file and target, the CPU
/// time and the bytes allocated; then the slowest N, the count over 1 s of CPU among inputs under 1 MB (issue 17's
/// "hang"), the peak allocation per input-size bucket and the process's peak working set. Nothing asserts on
/// these times: they depend on the machine and its load.
/// </summary>
public static class Measure
{
    private const long OneMegabyte = 1024 * 1024;

    private static readonly TimeSpan HangCpu = TimeSpan.FromSeconds(1);

    // Upper bounds of the size buckets, in bytes; the last bucket has no bound.
    private static readonly (string Name, long Below)[] Buckets =
    [
        ("<1 KB", 1024),
        ("1-10 KB", 10 * 1024),
        ("10-100 KB", 100 * 1024),
        ("100 KB-1 MB", OneMegabyte),
        (">1 MB", long.MaxValue),
    ];

    private sealed record Sample(string File, string Target, long Size, double CpuMs, double WallMs, long Allocated, string? Failure);

    /// <summary>Returns 0 when every file ran, 1 when a target threw on one (still measured), 2 on a bad argument or missing folder.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        int top = 10;
        var folders = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--top" && i + 1 < args.Count && int.TryParse(args[i + 1], out top))
            {
                i++;
            }
            else
            {
                folders.Add(args[i]);
            }
        }

        List<string>? files = InputFiles(folders, output);
        if (files is null)
        {
            return 2;
        }

        // One warm-up run per target on a small input, so that JIT compilation, the lexicons and the engine's
        // lazy set-up are not charged to the first file measured.
        byte[] warmUp = Encoding.UTF8.GetBytes("<p>Warm-up. \"A quoted line,\" said a person on Monday.</p>\n");
        foreach (Action<byte[]> target in Targets.All.Values)
        {
            Measured(target, warmUp);
        }

        var samples = new List<Sample>();
        foreach (string file in files)
        {
            byte[] bytes = File.ReadAllBytes(file);
            foreach (var (name, target) in Targets.All)
            {
                var (cpu, wall, allocated, failure) = Measured(target, bytes);
                var sample = new Sample(file, name, bytes.Length, cpu, wall, allocated, failure);
                samples.Add(sample);
                output.WriteLine($"{name}\t{bytes.Length}\t{cpu:F1} ms cpu\t{wall:F1} ms wall\t{allocated} B\t{file}{(failure is null ? "" : "\tFAIL " + failure)}");
            }
        }

        Summarise(samples, files.Count, top, output);
        return samples.Any(static s => s.Failure is not null) ? 1 : 0;
    }

    private static List<string>? InputFiles(List<string> folders, TextWriter output)
    {
        var files = new List<string>();
        foreach (string folder in folders)
        {
            if (File.Exists(folder))
            {
                files.Add(folder);
                continue;
            }

            if (!Directory.Exists(folder))
            {
                output.WriteLine($"measure: no folder {folder}");
                return null;
            }

            // AFL writes a README.txt into crashes/ and hangs/ (left out as by the replay) and keeps copies of its queue
            // in .state/, which would be measured twice.
            files.AddRange(CorpusFiles.Under(folder).Where(static f => !f.Contains("/.state/", StringComparison.Ordinal)));
        }

        files.Sort(StringComparer.Ordinal);
        if (files.Count == 0)
        {
            output.WriteLine("measure: no input files");
            return null;
        }

        return files;
    }

    // Process CPU time rather than the thread's: .NET has no portable per-thread CPU clock, and the engine is
    // built with parallelism 1, so the process figure is this call plus a little GC and tiered-JIT work — an
    // upper bound, which is the safe side for a "hang" count.
    private static (double CpuMs, double WallMs, long Allocated, string? Failure) Measured(Action<byte[]> target, byte[] bytes)
    {
        using Process self = Process.GetCurrentProcess();
        TimeSpan cpuBefore = self.TotalProcessorTime;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long wallBefore = Stopwatch.GetTimestamp();
        string? failure = null;
        try
        {
            target(bytes);
        }
        catch (Exception e)
        {
            failure = $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
        }

        double wall = Stopwatch.GetElapsedTime(wallBefore).TotalMilliseconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        self.Refresh();
        double cpu = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        return (cpu, wall, allocated, failure);
    }

    private static void Summarise(List<Sample> samples, int fileCount, int top, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"measure: {fileCount} inputs × {Targets.All.Count} targets = {samples.Count} runs, {samples.Count(static s => s.Failure is not null)} failures");

        output.WriteLine($"slowest {top} (by CPU):");
        foreach (Sample s in samples.OrderByDescending(static s => s.CpuMs).Take(top))
        {
            output.WriteLine($"  {s.CpuMs,10:F1} ms cpu {s.WallMs,10:F1} ms wall {s.Size,9} B  {s.Target,-8} {s.File}");
        }

        var hangs = samples.Where(static s => s.Size < OneMegabyte && s.CpuMs > HangCpu.TotalMilliseconds).ToList();
        output.WriteLine($"over 1 s CPU among inputs < 1 MB: {hangs.Count}");
        foreach (Sample s in hangs)
        {
            output.WriteLine($"  HANG {s.CpuMs:F1} ms {s.Size} B {s.Target} {s.File}");
        }

        output.WriteLine("peak allocation per input size:");
        long lower = 0;
        foreach (var (name, below) in Buckets)
        {
            long from = lower;
            var inBucket = samples.Where(s => s.Size >= from && s.Size < below).ToList();
            lower = below;
            if (inBucket.Count == 0)
            {
                output.WriteLine($"  {name,-12} no inputs");
                continue;
            }

            Sample peak = inBucket.MaxBy(static s => s.Allocated)!;
            output.WriteLine($"  {name,-12} {inBucket.Count / Targets.All.Count,6} inputs  peak {peak.Allocated / (double)OneMegabyte,9:F1} MB ({peak.Target}, {peak.Size} B, {peak.File})  max cpu {inBucket.Max(static s => s.CpuMs):F1} ms");
        }

        using Process self = Process.GetCurrentProcess();
        output.WriteLine($"process peak working set: {self.PeakWorkingSet64 / (double)OneMegabyte:F1} MB");
    }
}
