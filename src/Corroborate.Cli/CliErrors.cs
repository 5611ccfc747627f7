namespace Corroborate.Cli;

/// <summary>The last line of defence: a user sees one clear line and a non-zero exit, never a stack trace.</summary>
internal static class CliErrors
{
    public const int NothingAnalyzed = 1;
    public const int BadOutput = 3;
    public const int StoreProblem = 4;
    public const int BadArguments = 2;
    public const int Internal = 70;

    public static int Guard(Func<int> run)
    {
        try
        {
            return run();
        }
        catch (OutputWriteException e)
        {
            // Full disk, closed pipe: what was already committed to a store stays committed.
            return Fail(BadOutput, e.Message);
        }
        catch (Storage.StoreException e)
        {
            // Unreachable server, damaged or read-only file, full disk: the store already rolled back the batch.
            return Fail(StoreProblem, e.Message);
        }
        catch (OutOfMemoryException)
        {
            return Fail(Internal, "out of memory; analyze fewer documents at once");
        }
        catch (Exception e)
        {
            return Fail(Internal, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    public static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"corroborate: {message}");
        return code;
    }
}
