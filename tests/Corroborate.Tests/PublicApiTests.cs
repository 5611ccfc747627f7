using System.Reflection;
using System.Text;

namespace Corroborate.Tests;

/// <summary>
/// The engine's public surface is tracked: every public type and member, one line each, must equal
/// eng/api/Corroborate.txt. A change to the surface is a decision, so it shows in review as a change to that file.
/// When this fails, the current listing is written next to the test's output (see the message); copy it over the
/// committed file if the change is meant.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_surface_is_the_committed_one()
    {
        string expectedPath = Path.Combine(TestSupport.SharedFolder.Repository, "eng", "api", "Corroborate.txt");
        string actual = Listing(typeof(Corroborate.Pipeline.Pipeline).Assembly);
        string expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : "";
        if (expected != actual)
        {
            string written = Path.Combine(AppContext.BaseDirectory, "Corroborate.api.txt");
            File.WriteAllText(written, actual);
            var added = actual.Split('\n').Except(expected.Split('\n')).Take(20);
            var removed = expected.Split('\n').Except(actual.Split('\n')).Take(20);
            Assert.Fail($"The public API changed. Added:\n  {string.Join("\n  ", added)}\nRemoved:\n  {string.Join("\n  ", removed)}\n" +
                $"If that is meant: cp {written} {expectedPath}");
        }
    }

    /// <summary>Public and protected types and members, sorted, in a stable text form.</summary>
    internal static string Listing(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (Type type in assembly.GetExportedTypes())
        {
            lines.Add($"{Kind(type)} {Name(type)}");
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (MemberInfo member in type.GetMembers(all))
            {
                if (Visible(member) && Describe(member) is { } line)
                {
                    lines.Add($"{Name(type)}::{line}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines.Distinct(StringComparer.Ordinal)) + "\n";
    }

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && !m.IsSpecialName || (m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal) && m.IsPublic),
        FieldInfo f => f.IsPublic || f.IsFamily,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily),
        EventInfo e => e.AddMethod is { IsPublic: true },
        Type t => t.IsNestedPublic || t.IsNestedFamily,
        _ => false,
    };

    private static string? Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $".ctor({Parameters(c)})",
        MethodInfo m when m.Name is "<Clone>$" => null,
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetAccessors(true)[0].IsStatic ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod is { IsPublic: true } ? " get;" : "")}{(p.SetMethod is { IsPublic: true } ? " set;" : "")} }}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {Kind(t)} {t.Name}",
        _ => null,
    };

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(Name)) + ">" : "";

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = …" : "")}"));

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    private static string Name(Type t)
    {
        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (t.IsByRef)
        {
            return "ref " + Name(t.GetElementType()!);
        }

        var name = new StringBuilder(t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : t.Namespace + "." + t.Name);
        int tick = name.ToString().IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name.Length = tick;
        }

        if (t.IsGenericType)
        {
            name.Append('<').AppendJoin(", ", t.GetGenericArguments().Select(Name)).Append('>');
        }

        return name.ToString();
    }
}
