using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// Inserts entities with one prepared <c>INSERT</c> per table, in the context's open transaction. Tables, columns,
/// value conversions, complex properties and owned types sharing the row all come from the EF Core model, so
/// <see cref="HypervisorContext"/> stays the one description of the schema. Change tracking, which
/// dominates <c>SaveChanges</c> for tens of thousands of rows, is skipped: a new generation is insert-only.
/// </summary>
public sealed class BulkWriter(DbContext db)
{
    private readonly SqliteConnection _connection = (SqliteConnection)db.Database.GetDbConnection();
    private readonly SqliteTransaction? _transaction = db.Database.CurrentTransaction?.GetDbTransaction() as SqliteTransaction;

    /// <summary>Inserts <paramref name="entities"/> and, after them, the entities in their collection navigations.</summary>
    public void Insert<T>(IEnumerable<T> entities) where T : class =>
        Insert(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model"), entities.ToList());

    private void Insert(IEntityType entityType, IReadOnlyList<object> entities)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = Columns(entityType, table).ToList();
        AssignGeneratedKeys(entityType, table, entities);
        // SQLite's own API with positional parameters: SqliteCommand looks every parameter up by name on every row,
        // which cost more than the inserts themselves. The statement runs in the connection's open transaction.
        var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        var handle = _connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, sql, out var statement), handle);
        using (statement)
        {
            foreach (var entity in entities)
            {
                for (var i = 0; i < columns.Count; i++) Bind(statement, i + 1, columns[i].Read(entity));
                var done = raw.sqlite3_step(statement);
                if (done != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(done, handle);
                raw.sqlite3_reset(statement);
            }
        }
        foreach (var navigation in entityType.GetNavigations().Where(n => n.IsCollection && !n.TargetEntityType.IsOwned()))
            Insert(navigation.TargetEntityType, Dependents(navigation, entities));
    }

    /// <summary>Binds a provider value as Microsoft.Data.Sqlite would (a DateTime as its ISO text), so the file is the same.</summary>
    private static void Bind(sqlite3_stmt statement, int index, object? value) => SqliteException.ThrowExceptionForRC(value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, index, number),
        DateTime time => raw.sqlite3_bind_text(statement, index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"BulkWriter cannot store a {value.GetType().Name}; add it to Bind"),
    }, null);

    /// <summary>Numbers database-generated keys after the table's highest, as SQLite would, and sets them on the entities as SaveChanges does.</summary>
    private void AssignGeneratedKeys(IEntityType entityType, StoreObjectIdentifier table, IReadOnlyList<object> entities)
    {
        if (entityType.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd, ClrType: var type } key] || type != typeof(int)) return;
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"SELECT coalesce(max(\"{key.GetColumnName(table)}\"), 0) FROM \"{table.Name}\"";
        var next = Convert.ToInt32(command.ExecuteScalar());
        foreach (var entity in entities) key.PropertyInfo!.SetValue(entity, ++next);
    }

    /// <summary>The entities in a collection navigation, with their foreign key set from the principal as SaveChanges would.</summary>
    private static List<object> Dependents(INavigation navigation, IReadOnlyList<object> principals)
    {
        var key = navigation.ForeignKey;
        var dependents = new List<object>();
        foreach (var principal in principals)
        {
            if (navigation.PropertyInfo!.GetValue(principal) is not System.Collections.IEnumerable children) continue;
            foreach (var child in children)
            {
                for (var i = 0; i < key.Properties.Count; i++)
                    key.Properties[i].PropertyInfo!.SetValue(child, key.PrincipalKey.Properties[i].PropertyInfo!.GetValue(principal));
                dependents.Add(child);
            }
        }
        return dependents;
    }

    /// <summary>A column and how to read its stored value from an entity.</summary>
    private sealed record Column(string Name, Func<object, object?> Read);

    private static IEnumerable<Column> Columns(IEntityType entityType, StoreObjectIdentifier table)
    {
        foreach (var property in entityType.GetProperties().Where(p => !p.IsShadowProperty()))
            yield return Of(property, table, entity => entity);
        foreach (var complex in entityType.GetComplexProperties())
            foreach (var property in complex.ComplexType.GetProperties())
                yield return Of(property, table, Getter(complex.PropertyInfo!));
        // Owned references stored in the owner's row (table splitting), such as a support row's Since and Until.
        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsShadowProperty()))
                yield return Of(property, table, Getter(navigation.PropertyInfo!));
    }

    private static Column Of(IProperty property, StoreObjectIdentifier table, Func<object, object?> container)
    {
        var converter = property.GetTypeMapping().Converter;
        var get = Getter(property.PropertyInfo ?? throw new InvalidOperationException($"{property.Name} has no CLR property"));
        return new Column(property.GetColumnName(table)!, entity =>
        {
            var owner = container(entity);
            var value = owner is null ? null : get(owner);
            return value is null || converter is null ? value : converter.ConvertToProvider(value);
        });
    }

    private static readonly ConcurrentDictionary<PropertyInfo, Func<object, object?>> Getters = new();

    /// <summary>A compiled property read: PropertyInfo.GetValue on every column of every row was the larger part of an insert.</summary>
    private static Func<object, object?> Getter(PropertyInfo info) => Getters.GetOrAdd(info, static info =>
    {
        var target = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(target, info.DeclaringType!), info);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    });
}
