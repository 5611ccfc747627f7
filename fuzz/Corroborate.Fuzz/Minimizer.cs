using System.Text;

namespace Corroborate.Fuzz;

/// <summary>
/// Shrinks a failing input in process (delta debugging: drop chunks of lines, then of characters, while the same
/// failure remains): <c>Corroborate.Fuzz --minimize FILE TARGET "MESSAGE PART" [OUT]</c>.
/// </summary>
public static class Minimizer
{
    public static int Run(string file, string target, string messagePart, string? output, TextWriter log)
    {
        if (!Targets.All.TryGetValue(target, out Action<byte[]>? run))
        {
            log.WriteLine($"minimize: no target {target}");
            return 2;
        }

        string name = Path.GetExtension(file);
        bool Fails(string text)
        {
            try
            {
                run(Encoding.UTF8.GetBytes(text));
                return false;
            }
            catch (Exception e)
            {
                return e.Message.Contains(messagePart, StringComparison.Ordinal);
            }
        }

        string input = Encoding.UTF8.GetString(File.ReadAllBytes(file));
        if (!Fails(input))
        {
            log.WriteLine($"minimize: {file} does not fail {target} with \"{messagePart}\" (as UTF-8 text)");
            return 1;
        }

        string[] split = input.Split('\n');
        List<string> lines = Shrink([.. split.Select((l, i) => i < split.Length - 1 ? l + "\n" : l)], Fails);
        List<string> chars = Shrink([.. string.Concat(lines).Select(static c => c.ToString())], Fails);
        string minimal = string.Concat(chars);
        File.WriteAllText(output ?? file + ".min" + name, minimal, new UTF8Encoding(false));
        log.WriteLine($"minimize: {input.Length} → {minimal.Length} chars: {Invariants.Show(minimal, 2000)}");
        return 0;
    }

    private static List<string> Shrink(List<string> units, Func<string, bool> fails)
    {
        int n = 2;
        while (units.Count >= 2)
        {
            int chunk = Math.Max(1, units.Count / n);
            bool removed = false;
            for (int start = 0; start < units.Count; start += chunk)
            {
                List<string> candidate = [.. units.Take(start), .. units.Skip(start + chunk)];
                if (candidate.Count > 0 && fails(string.Concat(candidate)))
                {
                    units = candidate;
                    n = Math.Max(n - 1, 2);
                    removed = true;
                    break;
                }
            }

            if (!removed)
            {
                if (n >= units.Count)
                {
                    break;
                }

                n = Math.Min(units.Count, n * 2);
            }
        }

        return units;
    }
}
