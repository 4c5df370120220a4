using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Course.Web.Data.Configurations;

internal sealed class ChapterProgressRecordConfiguration : IEntityTypeConfiguration<ChapterProgressRecord>
{
    public void Configure(EntityTypeBuilder<ChapterProgressRecord> progress)
    {
        progress.ToTable("ChapterProgress");
        progress.HasKey(p => new { p.UserId, p.ChapterSlug });
        progress.Property(p => p.ChapterSlug).HasMaxLength(QuizAnswerRecord.ChapterSlugMaxLength);
        progress.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
