using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Course.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddReportedLabsAndLabCheckPasses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LabCheckPasses",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    CheckId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChapterSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PassedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabCheckPasses", x => new { x.UserId, x.CheckId });
                    table.ForeignKey(
                        name: "FK_LabCheckPasses_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportedLabs",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    SnapshotJson = table.Column<string>(type: "text", nullable: true),
                    SnapshotReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastContactAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedLabs", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_ReportedLabs_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LabCheckPasses");

            migrationBuilder.DropTable(
                name: "ReportedLabs");
        }
    }
}
