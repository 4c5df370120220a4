using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Course.Web.Data;

/// <summary>
/// Every stored time is UTC. SQLite hands back <see cref="DateTimeKind.Unspecified"/> and PostgreSQL's timestamptz
/// refuses anything but UTC, so values are marked UTC both ways.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
