using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Course.Web.Data.Configurations;

internal sealed class ReportedDockerCoinsPushRecordConfiguration : IEntityTypeConfiguration<ReportedDockerCoinsPushRecord>
{
    public void Configure(EntityTypeBuilder<ReportedDockerCoinsPushRecord> push)
    {
        push.ToTable("ReportedDockerCoinsPushes");
        push.HasKey(p => p.Id);
        push.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        // A student's pushes after the last one applied; the pushes older than the history, to prune them.
        push.HasIndex(p => new { p.UserId, p.Id });
        push.HasIndex(p => p.ReceivedAt);
    }
}
