using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Course.Web.Data.Configurations;

internal sealed class QuizAnswerRecordConfiguration : IEntityTypeConfiguration<QuizAnswerRecord>
{
    public void Configure(EntityTypeBuilder<QuizAnswerRecord> answer)
    {
        answer.ToTable("QuizAnswers");
        answer.Property(a => a.QuestionId).HasMaxLength(QuizAnswerRecord.QuestionIdMaxLength);
        answer.Property(a => a.QuestionVersion).HasMaxLength(QuizAnswerRecord.QuestionVersionMaxLength);
        answer.Property(a => a.ChapterSlug).HasMaxLength(QuizAnswerRecord.ChapterSlugMaxLength);
        answer.Property(a => a.ChosenOptions).HasMaxLength(QuizAnswerRecord.ChosenOptionsMaxLength);
        answer.Property(a => a.AnonymousId).HasMaxLength(QuizAnswerRecord.AnonymousIdMaxLength);
        // One row per attempt: a retried or replayed save can never store the same attempt twice.
        answer.HasIndex(a => new { a.UserId, a.QuestionId, a.Attempt }).IsUnique();
        answer.Property(a => a.SubmissionId).HasMaxLength(QuizAnswerRecord.SubmissionIdMaxLength);
        // A submission is stored once, however often it is sent (NULLs, from before submission ids, never collide).
        answer.HasIndex(a => new { a.UserId, a.SubmissionId }).IsUnique();
        answer.HasIndex(a => new { a.QuestionId, a.QuestionVersion });
        answer.HasIndex(a => a.AnsweredAt);
        answer.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
