using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.Enrollment.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CatalogAdmin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // media_files comes from the media branch's MediaFiles migration, which runs before this one.
            migrationBuilder.AddColumn<int>(
                name: "revision",
                schema: "enrollment",
                table: "trainings",
                type: "integer",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "revision",
                schema: "enrollment",
                table: "trainings");
        }
    }
}
