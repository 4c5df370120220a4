namespace Course.Web.Data;

/// <summary>What <see cref="DatabaseStartup"/> found: migrations still to apply, and whether both roles exist.</summary>
internal sealed record DatabaseStartupResult(int PendingMigrations, bool RolesExist);
