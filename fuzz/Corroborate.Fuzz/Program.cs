using Corroborate.Fuzz;
using SharpFuzz;

// Corroborate.Fuzz afl TARGET          under afl-fuzz (AFL++), after `sharpfuzz Corroborate.dll` (see fuzz/README.md)
// Corroborate.Fuzz libfuzzer TARGET    under libfuzzer-dotnet
// Corroborate.Fuzz --replay DIR...     every file of the folders through every target, without a fuzzer
// Corroborate.Fuzz --minimize FILE TARGET "MESSAGE PART" [OUT]   shrink a failing input, in process
// Corroborate.Fuzz --measure DIR... [--top N]   CPU time and allocation per input and target (figures only)
// TARGET: html | text | pipeline
if (args.Length >= 2 && args[0] == "--replay")
{
    return Replay.Run(args[1..], Console.Out);
}

if (args.Length >= 2 && args[0] == "--measure")
{
    return Measure.Run(args[1..], Console.Out);
}

if (args.Length is 4 or 5 && args[0] == "--minimize")
{
    return Minimizer.Run(args[1], args[2], args[3], args.Length == 5 ? args[4] : null, Console.Out);
}

if (args.Length == 2 && Targets.All.TryGetValue(args[1], out Action<byte[]>? target))
{
    switch (args[0])
    {
        case "afl":
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        case "libfuzzer":
            Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
            return 0;
    }
}

Console.Error.WriteLine("usage: Corroborate.Fuzz afl|libfuzzer html|text|pipeline");
Console.Error.WriteLine("       Corroborate.Fuzz --replay DIR...");
Console.Error.WriteLine("       Corroborate.Fuzz --measure DIR... [--top N]");
Console.Error.WriteLine("       Corroborate.Fuzz --minimize FILE html|text|pipeline \"MESSAGE PART\" [OUT]");
return 2;
