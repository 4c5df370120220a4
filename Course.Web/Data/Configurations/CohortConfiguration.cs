using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Course.Web.Data.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> cohort)
    {
        cohort.Property(c => c.Name).HasMaxLength(Cohort.NameMaxLength);
        cohort.Property(c => c.JoinCode).HasMaxLength(Cohort.JoinCodeMaxLength);
        cohort.HasIndex(c => c.JoinCode).IsUnique();
        cohort.HasIndex(c => c.OwnerId);
        // Deleting an instructor's account must not silently delete a class's history.
        cohort.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
