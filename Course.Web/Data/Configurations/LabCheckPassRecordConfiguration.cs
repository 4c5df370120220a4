using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Course.Web.Data.Configurations;

internal sealed class LabCheckPassRecordConfiguration : IEntityTypeConfiguration<LabCheckPassRecord>
{
    public void Configure(EntityTypeBuilder<LabCheckPassRecord> pass)
    {
        pass.ToTable("LabCheckPasses");
        pass.HasKey(p => new { p.UserId, p.CheckId });
        pass.Property(p => p.CheckId).HasMaxLength(LabCheckPassRecord.CheckIdMaxLength);
        pass.Property(p => p.ChapterSlug).HasMaxLength(QuizAnswerRecord.ChapterSlugMaxLength);
        pass.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
