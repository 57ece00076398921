using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.Certificates.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Claims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certificates",
                schema: "certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    teacher_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scheme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scheme_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    serial = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    serial_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    verification_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    holder_name = table.Column<string>(type: "text", nullable: false),
                    holder_name_masked = table.Column<string>(type: "text", nullable: false),
                    id_number_masked = table.Column<string>(type: "text", nullable: false),
                    id_number_for_school = table.Column<string>(type: "text", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: true),
                    school_name = table.Column<string>(type: "text", nullable: false),
                    total_hours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    programs = table.Column<string>(type: "jsonb", nullable: false),
                    program_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issuer = table.Column<string>(type: "text", nullable: false),
                    key_id = table.Column<string>(type: "text", nullable: false),
                    protected_signed_data = table.Column<string>(type: "text", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    superseded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    supersedes_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_certificates",
                schema: "certificates",
                columns: table => new
                {
                    training_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    certificate_date = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_certificates", x => x.training_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_certificates_program_ids",
                schema: "certificates",
                table: "certificates",
                column: "program_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_school_id_issued_at",
                schema: "certificates",
                table: "certificates",
                columns: new[] { "school_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_certificates_serial_key",
                schema: "certificates",
                table: "certificates",
                column: "serial_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_certificates_one_valid_per_teacher_and_scheme",
                schema: "certificates",
                table: "certificates",
                columns: new[] { "teacher_id", "scheme_id" },
                unique: true,
                filter: "status = 'Valid'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificates",
                schema: "certificates");

            migrationBuilder.DropTable(
                name: "training_certificates",
                schema: "certificates");
        }
    }
}
