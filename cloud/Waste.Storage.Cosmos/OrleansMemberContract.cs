using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Waste.Storage.Cosmos;

/// <summary>
/// A System.Text.Json contract modifier for types marked <c>[GenerateSerializer]</c>: their JSON members are exactly
/// the fields and properties that carry Orleans' <c>[Id]</c>, public or not, base classes first, each read and written
/// through reflection so private and init-only setters, get-only auto-properties and fields all round-trip. Objects
/// are created the way Orleans does it: with the parameterless constructor, public or not, else uninitialised.
/// Other types keep System.Text.Json's usual contract.
/// </summary>
internal static class OrleansMemberContract
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>Rewrites <paramref name="typeInfo"/> when its type is an Orleans-serializable object.</summary>
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.GetCustomAttribute<GenerateSerializerAttribute>() is null)
        {
            return;
        }

        typeInfo.Properties.Clear();
        foreach (var member in IdMembers(typeInfo.Type))
        {
            typeInfo.Properties.Add(Property(typeInfo, member));
        }

        // An abstract base is never made: System.Text.Json makes the derived type its discriminator names.
        if (!typeInfo.Type.IsAbstract)
        {
            typeInfo.CreateObject = Factory(typeInfo.Type);
        }
    }

    private static IEnumerable<MemberInfo> IdMembers(Type type)
    {
        var hierarchy = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            hierarchy.Push(t);
        }

        foreach (var t in hierarchy)
        {
            var members = t.GetFields(Instance).Cast<MemberInfo>().Concat(t.GetProperties(Instance))
                .Select(m => (Member: m, Id: m.GetCustomAttribute<IdAttribute>()))
                .Where(m => m.Id is not null)
                .OrderBy(m => m.Id!.Id);
            foreach (var (member, _) in members)
            {
                yield return member;
            }
        }
    }

    private static JsonPropertyInfo Property(JsonTypeInfo typeInfo, MemberInfo member)
    {
        var (type, get, set) = member switch
        {
            FieldInfo field => (field.FieldType, (Func<object, object?>)field.GetValue, (Action<object, object?>)field.SetValue),
            PropertyInfo property => (property.PropertyType, property.GetValue, Setter(property)),
            _ => throw new NotSupportedException(member.ToString()),
        };
        var name = member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
            ?? typeInfo.Options.PropertyNamingPolicy?.ConvertName(member.Name)
            ?? member.Name;
        var json = typeInfo.CreateJsonPropertyInfo(type, name);
        json.Get = get;
        json.Set = set;
        return json;
    }

    private static Action<object, object?> Setter(PropertyInfo property)
    {
        if (property.GetSetMethod(nonPublic: true) is not null)
        {
            return property.SetValue;
        }

        // A get-only auto-property: Orleans writes its compiler-generated backing field, and so do we.
        var backingField = property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", Instance)
            ?? throw new NotSupportedException(
                $"{property.DeclaringType}.{property.Name} has [Id] but neither a setter nor a backing field, so it cannot be read back from JSON");
        return backingField.SetValue;
    }

    private static Func<object> Factory(Type type)
    {
        var constructor = type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        return constructor is not null
            ? () => constructor.Invoke(null)
            : () => RuntimeHelpers.GetUninitializedObject(type);
    }
}
