using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// <c>/readyz</c>: the site can answer readers once a database generation is served and opens. <c>/healthz</c>
/// only says the process is up, so an orchestrator restarts a hung process but waits, without restarting, for a
/// replica whose first build is still running.
/// </summary>
public sealed class DatabaseReadyCheck(KnowledgeDatabase database) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (database.Current() is not { } snapshot) return HealthCheckResult.Unhealthy("No database has been built yet.");
        try
        {
            await using var connection = new SqliteConnection(snapshot.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM ContentInfo";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy(snapshot.Version);
        }
        catch (SqliteException e)
        {
            return HealthCheckResult.Unhealthy("The database does not open: " + e.Message);
        }
        finally
        {
            database.Release(snapshot);
        }
    }
}
