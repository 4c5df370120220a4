using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Course.Web.Data.Configurations;

internal sealed class ReportedLabRecordConfiguration : IEntityTypeConfiguration<ReportedLabRecord>
{
    public void Configure(EntityTypeBuilder<ReportedLabRecord> lab)
    {
        lab.ToTable("ReportedLabs");
        lab.HasKey(l => l.UserId);
        lab.HasOne(l => l.User).WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
