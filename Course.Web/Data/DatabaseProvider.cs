namespace Course.Web.Data;

/// <summary>Which database the site keeps its accounts and progress in (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A file in <see cref="DatabaseOptions.DataDirectory"/>: nothing to install, one instance.</summary>
    Sqlite,

    /// <summary><c>ConnectionStrings:Course</c>: several replicas share it.</summary>
    Postgres,
}
