using System.Collections;
using System.Reflection;

namespace Waste.Storage.Tests.Contract;

/// <summary>
/// Whether two grain states hold the same data as Orleans sees it: every <c>[Id]</c> member, public or not, compared
/// recursively; lists in order, sets and dictionaries by content; values by value (a time by its instant and its
/// offset). Independent of any store's serializer, so a member a store's serializer cannot see shows as a difference
/// rather than vanishing from both sides.
/// </summary>
public static class StateEquivalence
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Fails with the path of the first difference.</summary>
    public static void AssertEquivalent(object? expected, object? actual)
    {
        var difference = Difference(expected, actual, "state");
        Assert.True(difference is null, difference);
    }

    private static string? Difference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        switch (expected)
        {
            case DateTimeOffset time:
                return actual is DateTimeOffset other && time.UtcTicks == other.UtcTicks && time.Offset == other.Offset ? null : $"{path}: {time:O} vs {Show(actual)}";
            case string or ValueType when !IsComposite(expected.GetType()):
                return Equals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
            case IDictionary dictionary:
                return DictionaryDifference(dictionary, (IDictionary)actual, path);
            case IEnumerable sequence when IsSet(expected.GetType()):
                var expectedSet = sequence.Cast<object>().ToHashSet();
                return expectedSet.SetEquals(((IEnumerable)actual).Cast<object>()) ? null : $"{path}: sets differ";
            case IEnumerable sequence:
                var (left, right) = (sequence.Cast<object?>().ToList(), ((IEnumerable)actual).Cast<object?>().ToList());
                if (left.Count != right.Count)
                {
                    return $"{path}: {left.Count} items vs {right.Count}";
                }

                return left.Zip(right).Select((pair, i) => Difference(pair.First, pair.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }

        var idMembers = IdMembers(expected.GetType()).ToList();
        if (idMembers.Count == 0)
        {
            return $"{path}: {expected.GetType()} has no [Id] members to compare";
        }

        return idMembers.Select(member => Difference(Value(member, expected), Value(member, actual), $"{path}.{member.Name}")).FirstOrDefault(d => d is not null);
    }

    private static string? DictionaryDifference(IDictionary expected, IDictionary actual, string path)
    {
        if (expected.Count != actual.Count)
        {
            return $"{path}: {expected.Count} entries vs {actual.Count}";
        }

        foreach (DictionaryEntry entry in expected)
        {
            if (!actual.Contains(entry.Key))
            {
                return $"{path}: no entry {entry.Key}";
            }

            if (Difference(entry.Value, actual[entry.Key], $"{path}[{entry.Key}]") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static bool IsComposite(Type type) => IdMembers(type).Any();

    private static bool IsSet(Type type) => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISet<>));

    private static IEnumerable<MemberInfo> IdMembers(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var member in t.GetFields(Members | BindingFlags.DeclaredOnly).Cast<MemberInfo>().Concat(t.GetProperties(Members | BindingFlags.DeclaredOnly)))
            {
                if (member.GetCustomAttribute<IdAttribute>() is not null)
                {
                    yield return member;
                }
            }
        }
    }

    private static object? Value(MemberInfo member, object target) =>
        member is FieldInfo field ? field.GetValue(target) : ((PropertyInfo)member).GetValue(target);

    private static string Show(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}
