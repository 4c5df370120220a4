using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Course.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAnswerSubmissionId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmissionId",
                table: "QuizAnswers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuizAnswers_UserId_SubmissionId",
                table: "QuizAnswers",
                columns: new[] { "UserId", "SubmissionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuizAnswers_UserId_SubmissionId",
                table: "QuizAnswers");

            migrationBuilder.DropColumn(
                name: "SubmissionId",
                table: "QuizAnswers");
        }
    }
}
