using System.Data.Common;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Course.Web.Data;

/// <summary>
/// Reads the data-protection keys with one plain <c>SELECT</c> of their table, on a plain connection
/// (<see cref="CourseConnections"/>); storing and deleting stay with EF Core's repository (<c>PersistKeysToDbContext</c>).
/// Its read is a LINQ query that EF Core compiles at the first use, on the start path (every prerendered page needs the
/// key ring for Blazor's component markers): about 0.3 s of a traced start for two columns of a few rows
/// (docs/benchmarks.md, "Session 11: cold start"), and a context's services before that ("Session 16").
/// </summary>
internal sealed class KeyTableReader(IXmlRepository stored, IServiceProvider services) : IDeletableXmlRepository
{
    // The table and column of EF Core's DataProtectionKey entity, the same on both providers (CourseDbContext).
    private const string ReadSql = """SELECT "Xml" FROM "DataProtectionKeys" """;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        try
        {
            using var connection = services.GetRequiredService<CourseConnections>().Create();
            return Read(connection);
        }
        catch (DbException)
        {
            // The table is not there (a database not migrated yet) or the query failed: EF Core's read reports it.
            return stored.GetAllElements();
        }
    }

    public void StoreElement(XElement element, string friendlyName) => stored.StoreElement(element, friendlyName);

    public bool DeleteElements(Action<IReadOnlyCollection<IDeletableElement>> chooseElements) =>
        stored is IDeletableXmlRepository deletable && deletable.DeleteElements(chooseElements);

    // The connection is new, and closed when disposed.
    private static List<XElement> Read(DbConnection connection)
    {
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ReadSql;
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0) && reader.GetString(0) is { Length: > 0 } xml)
            {
                elements.Add(XElement.Parse(xml));
            }
        }

        return elements;
    }
}
