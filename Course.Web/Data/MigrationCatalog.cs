using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Course.Web.Data;

/// <summary>
/// The ids of the migrations compiled into the site for one provider's context, read from Course.Web's metadata: the
/// <c>[DbContext]</c> and <c>[Migration]</c> attributes that EF Core's migrations assembly finds by reflection. EF
/// Core's <c>GetMigrations()</c> needs the context's services and loads every type of this assembly (Razor components,
/// state machines, compiled models) to find them: about 0.4 s of a traced cold start, before the first page could be
/// served (docs/benchmarks.md, "Session 16"). <c>MigrationCatalogTests</c> checks that both lists agree.
/// </summary>
internal static class MigrationCatalog
{
    private const string MigrationAttribute = "Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute";
    private const string DbContextAttribute = "Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute";

    /// <summary>The ids in EF Core's order (ordinal), or null when the assembly's file cannot be read.</summary>
    public static IReadOnlyList<string>? TryRead(Type contextType)
    {
        var location = typeof(MigrationCatalog).Assembly.Location;
        if (location.Length == 0 || !File.Exists(location))
        {
            return null;
        }

        using var pe = new PEReader(File.OpenRead(location));
        var metadata = pe.GetMetadataReader();
        var ids = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            string? id = null;
            string? context = null;
            foreach (var attributeHandle in metadata.GetTypeDefinition(handle).GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(attributeHandle);
                switch (AttributeName(metadata, attribute))
                {
                    case MigrationAttribute:
                        id = FirstArgument(attribute);
                        break;
                    case DbContextAttribute:
                        context = FirstArgument(attribute)?.Split(',')[0];
                        break;
                }
            }

            if (id is not null && context == contextType.FullName)
            {
                ids.Add(id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    private static string? AttributeName(MetadataReader metadata, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return null;
        }

        var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return null;
        }

        return TypeNames.Instance.GetTypeFromReference(metadata, (TypeReferenceHandle)parent, rawTypeKind: 0);
    }

    private static string? FirstArgument(CustomAttribute attribute)
    {
        ImmutableArray<CustomAttributeTypedArgument<string>> arguments = attribute.DecodeValue(TypeNames.Instance).FixedArguments;
        return arguments.Length > 0 ? arguments[0].Value as string : null;
    }

    // Both attributes take a string or a type, which the metadata holds as its serialized name.
    private sealed class TypeNames : ICustomAttributeTypeProvider<string>
    {
        public static readonly TypeNames Instance = new();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            return FullName(reader, type.Namespace, type.Name);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            return FullName(reader, type.Namespace, type.Name);
        }

        private static string FullName(MetadataReader reader, StringHandle space, StringHandle name) =>
            $"{reader.GetString(space)}.{reader.GetString(name)}";

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
