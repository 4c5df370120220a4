using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Course.Web.Data.Configurations;

internal sealed class CourseUserConfiguration : IEntityTypeConfiguration<CourseUser>
{
    public void Configure(EntityTypeBuilder<CourseUser> user) =>
        user.Property(u => u.DisplayName).HasMaxLength(CourseUser.DisplayNameMaxLength);
}
