using Microsoft.Extensions.Options;

namespace Course.Web.Data;

/// <summary>Stops start-up with a message naming the setting when the database settings cannot work.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("Database:Provider must be Sqlite or Postgres.");
        }

        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"Database:Provider is Postgres but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty.");
        }

        if (options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Database:DataDirectory must name a writable folder for the SQLite database.");
        }

        if (options.SqliteBusyTimeout <= TimeSpan.Zero || options.SqliteBusyTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("Database:SqliteBusyTimeout must be between 0 and 5 minutes.");
        }

        if (options.AnswerGatherDelay < TimeSpan.Zero || options.AnswerGatherDelay > TimeSpan.FromMilliseconds(100))
        {
            failures.Add("Database:AnswerGatherDelay must be between 0 and 100 ms.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
