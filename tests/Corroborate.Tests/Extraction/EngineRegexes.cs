using System.Collections;
using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Every <see cref="Regex"/> the engine assembly holds, found by reflection: the [GeneratedRegex] methods and
/// properties (invoked to get their instances), and the static fields holding a Regex, a Lazy&lt;Regex&gt; or a
/// collection of them (the patterns built from lexicons). <see cref="BuiltOutsideStaticInitializers"/> reads the
/// engine's IL to show there is no other kind: no Regex constructed in an ordinary method, no static Regex.IsMatch /
/// Match / Replace (which builds a pattern the enumeration cannot see).
/// </summary>
internal static class EngineRegexes
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const BindingFlags Everything = Static | BindingFlags.Instance;

    /// <summary>The namespace the source generator puts its code in; its instances are the ones the attributed methods return.</summary>
    private const string GeneratedNamespace = "System.Text.RegularExpressions.Generated";

    public static Assembly Engine => typeof(Corroborate.Extraction.Patterns).Assembly;

    /// <summary>Each Regex once, named "Namespace.Type.Member" (a method or property with "()").</summary>
    public static IReadOnlyList<(string Name, Regex Regex)> All()
    {
        var found = new List<(string, Regex)>();
        var seen = new HashSet<Regex>(ReferenceEqualityComparer.Instance);
        foreach (Type type in Types().Where(static t => t.Namespace != GeneratedNamespace && !t.ContainsGenericParameters))
        {
            foreach (MethodInfo m in type.GetMethods(Static).Where(static m => m.IsDefined(typeof(GeneratedRegexAttribute)) && m.GetParameters().Length == 0))
            {
                Add($"{type.FullName}.{m.Name}()", m.Invoke(null, null));
            }

            foreach (PropertyInfo p in type.GetProperties(Static).Where(static p => p.IsDefined(typeof(GeneratedRegexAttribute))))
            {
                Add($"{type.FullName}.{p.Name}", p.GetValue(null));
            }

            foreach (FieldInfo f in type.GetFields(Static).Where(static f => HoldsRegex(f.FieldType)))
            {
                Add($"{type.FullName}.{f.Name}", f.GetValue(null));
            }
        }

        return found;

        void Add(string name, object? value)
        {
            foreach (Regex regex in Unwrap(value))
            {
                if (seen.Add(regex))
                {
                    found.Add((name, regex));
                }
            }
        }
    }

    /// <summary>
    /// The engine's methods that construct a Regex outside a static initializer (a static constructor, or a lambda
    /// in one, as <c>Lazy&lt;Regex&gt;</c> fields use), or that call a static Regex method taking a pattern: the
    /// Regexes <see cref="All"/> would not see. The source generator's own code is left out.
    /// </summary>
    public static IReadOnlyList<string> BuiltOutsideStaticInitializers()
    {
        var found = new List<string>();
        foreach (Type type in Types().Where(static t => t.Namespace != GeneratedNamespace))
        {
            foreach (MethodBase method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
            {
                bool staticInitializer = method is ConstructorInfo { IsStatic: true } || method.Name.Contains("<.cctor>", StringComparison.Ordinal);
                foreach (MethodBase called in Calls(method))
                {
                    if (called.DeclaringType != typeof(Regex))
                    {
                        continue;
                    }

                    bool builds = called is ConstructorInfo;
                    bool takesPattern = called.IsStatic && called.GetParameters().Any(static p => p.Name == "pattern");
                    if ((builds && !staticInitializer) || takesPattern)
                    {
                        found.Add($"{type.FullName}.{method.Name} calls Regex.{called.Name}");
                    }
                }
            }
        }

        return found;
    }

    private static bool HoldsRegex(Type type) =>
        typeof(Regex).IsAssignableFrom(type) || type == typeof(Lazy<Regex>)
        || (type != typeof(string) && type.GetInterfaces().Append(type).Any(static i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            && (typeof(Regex).IsAssignableFrom(i.GetGenericArguments()[0]) || i.GetGenericArguments()[0] == typeof(Lazy<Regex>))));

    private static IEnumerable<Regex> Unwrap(object? value) => value switch
    {
        Regex r => [r],
        Lazy<Regex> lazy => [lazy.Value],
        IEnumerable items => items.Cast<object?>().SelectMany(Unwrap),
        _ => [],
    };

    private static Type[] Types()
    {
        try
        {
            return Engine.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return [.. e.Types.OfType<Type>()];
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(static f => (OpCode)f.GetValue(null)!).ToDictionary(static o => o.Value);

    /// <summary>The methods and constructors <paramref name="method"/>'s IL calls (call, callvirt, newobj, ldftn).</summary>
    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        Type[]? methodArgs = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            OpCode op = OpCodesByValue[value];
            int size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
            if (op.OperandType == OperandType.InlineMethod)
            {
                int token = BitConverter.ToInt32(il, i);
                MethodBase? called = method.Module.ResolveMethod(token, typeArgs, methodArgs);
                if (called is not null)
                {
                    yield return called;
                }
            }

            i += size;
        }
    }
}
