using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Course.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReportedDockerCoinsPushes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportedDockerCoinsPushes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedDockerCoinsPushes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportedDockerCoinsPushes_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportedDockerCoinsPushes_ReceivedAt",
                table: "ReportedDockerCoinsPushes",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReportedDockerCoinsPushes_UserId_Id",
                table: "ReportedDockerCoinsPushes",
                columns: new[] { "UserId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportedDockerCoinsPushes");
        }
    }
}
