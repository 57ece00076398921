using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.Enrollment.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ProgramStudySettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "study",
                schema: "enrollment",
                table: "programs",
                type: "jsonb",
                nullable: false,
                // Existing programs get the defaults: 2× at most, a quiz complete when every question is answered.
                defaultValue: "{\"maxPlaybackRate\":2,\"quizCompletion\":\"AllAnswered\"}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "study",
                schema: "enrollment",
                table: "programs");
        }
    }
}
