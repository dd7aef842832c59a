using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>A stable hash of every table's rows, in a fixed order, without the build's own version and time.</summary>
public static class DatabaseContent
{
    private static readonly HashSet<(string Table, string Column)> BuildStamps = [("ContentInfo", "Version"), ("ContentInfo", "BuiltAtUtc")];

    public static string Hash(string databasePath)
    {
        using var connection = new SqliteConnection(KnowledgeDatabase.ConnectionStringFor(databasePath) + ";Pooling=False");
        connection.Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        {
            var columns = Strings(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY name")
                .Where(c => !BuildStamps.Contains((table, c))).Select(c => $"\"{c}\"").ToList();
            var list = string.Join(", ", columns);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {list} FROM \"{table}\" ORDER BY {list}";
            using var reader = command.ExecuteReader();
            hash.AppendData(Encoding.UTF8.GetBytes($"\u0001{table}({list})"));
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes($"\u0002{reader.GetFieldType(i).Name}:{(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
