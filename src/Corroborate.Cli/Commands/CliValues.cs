using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Corroborate.Cli.Commands;

/// <summary>
/// Value checks done by the parser, so a bad value is a usage error (exit 2, one line, nothing run) like an unknown
/// option, whichever command it is given to.
/// </summary>
internal static class CliValues
{
    /// <summary>Rejects "" and blanks: never a path, query or id (typically an unset shell variable).</summary>
    public static Argument<T> NotBlank<T>(this Argument<T> argument, string what)
    {
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(static t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{what} is empty");
            }
        });
        return argument;
    }

    /// <summary>Rejects "" and blanks as the option's value: "--out ''" names no file, "--store ''" no store.</summary>
    public static Option<T> NotBlank<T>(this Option<T> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(static t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{option.Name}: the value is empty");
            }
        });
        return option;
    }

    /// <summary>An integer option: "--limit abc" and "--limit 0" are usage errors with a plain message.</summary>
    public static Option<int> WholeNumber(string name, string description, int defaultValue, int minimum = int.MinValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue;
            }

            string text = result.Tokens[^1].Value;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                result.AddError($"{name}: '{text}' is not a whole number");
                return defaultValue;
            }

            if (value < minimum)
            {
                result.AddError($"{name} must be at least {minimum.ToString(CultureInfo.InvariantCulture)}");
                return defaultValue;
            }

            return value;
        },
    };
}
