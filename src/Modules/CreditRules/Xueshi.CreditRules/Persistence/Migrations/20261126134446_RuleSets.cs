using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.CreditRules.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class RuleSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "completions",
                schema: "credit_rules",
                columns: table => new
                {
                    teacher_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rule_set_version = table.Column<int>(type: "integer", nullable: false),
                    credited_hours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_completions", x => new { x.teacher_id, x.program_id });
                });

            migrationBuilder.CreateTable(
                name: "rule_set_heads",
                schema: "credit_rules",
                columns: table => new
                {
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    published_version = table.Column<int>(type: "integer", nullable: true),
                    draft_version = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rule_set_heads", x => x.program_id);
                });

            migrationBuilder.CreateTable(
                name: "rule_set_versions",
                schema: "credit_rules",
                columns: table => new
                {
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    saved_by = table.Column<Guid>(type: "uuid", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rule_set_versions", x => new { x.program_id, x.version });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "completions",
                schema: "credit_rules");

            migrationBuilder.DropTable(
                name: "rule_set_heads",
                schema: "credit_rules");

            migrationBuilder.DropTable(
                name: "rule_set_versions",
                schema: "credit_rules");
        }
    }
}
