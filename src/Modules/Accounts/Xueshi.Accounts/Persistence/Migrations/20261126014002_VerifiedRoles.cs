using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.Accounts.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class VerifiedRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_head_teacher",
                schema: "accounts",
                table: "verification_records",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_psychology_teacher",
                schema: "accounts",
                table: "verification_records",
                type: "boolean",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_head_teacher",
                schema: "accounts",
                table: "verification_records");

            migrationBuilder.DropColumn(
                name: "is_psychology_teacher",
                schema: "accounts",
                table: "verification_records");
        }
    }
}
