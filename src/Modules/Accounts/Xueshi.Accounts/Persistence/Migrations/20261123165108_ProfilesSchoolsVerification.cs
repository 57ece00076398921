using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.Accounts.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ProfilesSchoolsVerification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "roles",
                schema: "accounts",
                table: "accounts");

            migrationBuilder.CreateTable(
                name: "phone_rebind_requests",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    real_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    id_number_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_number_masked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    old_phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    new_phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_phone_rebind_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
                    table.ForeignKey(
                        name: "fk_regions_regions_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "accounts",
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "verification_records",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verification_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "phone_rebind_photos",
                schema: "accounts",
                columns: table => new
                {
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_phone_rebind_photos", x => x.request_id);
                    table.ForeignKey(
                        name: "fk_phone_rebind_photos_phone_rebind_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "accounts",
                        principalTable: "phone_rebind_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "schools",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    school_system = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    is_other = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schools", x => x.id);
                    table.ForeignKey(
                        name: "fk_schools_regions_region_id",
                        column: x => x.region_id,
                        principalSchema: "accounts",
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_grants",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: true),
                    region_id = table.Column<Guid>(type: "uuid", nullable: true),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    granted_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_grants", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_grants_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "accounts",
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_role_grants_regions_region_id",
                        column: x => x.region_id,
                        principalSchema: "accounts",
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_role_grants_schools_school_id",
                        column: x => x.school_id,
                        principalSchema: "accounts",
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "teacher_profiles",
                schema: "accounts",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    real_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    id_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    id_number_cipher = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    id_number_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    id_number_masked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    political_status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    education = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    teacher_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    school_id = table.Column<Guid>(type: "uuid", nullable: true),
                    stage = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    subject = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    is_psychology_teacher = table.Column<bool>(type: "boolean", nullable: true),
                    is_head_teacher = table.Column<bool>(type: "boolean", nullable: true),
                    entry_year = table.Column<int>(type: "integer", nullable: true),
                    honours = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    it_ability = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    is_backbone_teacher = table.Column<bool>(type: "boolean", nullable: true),
                    is_subject_leader = table.Column<bool>(type: "boolean", nullable: true),
                    is_researcher = table.Column<bool>(type: "boolean", nullable: true),
                    verification_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    verification_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teacher_profiles", x => x.account_id);
                    table.ForeignKey(
                        name: "fk_teacher_profiles_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "accounts",
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_teacher_profiles_schools_school_id",
                        column: x => x.school_id,
                        principalSchema: "accounts",
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_phone_rebind_requests_status_submitted_at",
                schema: "accounts",
                table: "phone_rebind_requests",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_regions_code",
                schema: "accounts",
                table: "regions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regions_parent_id",
                schema: "accounts",
                table: "regions",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_grants_account_id_role_school_id_region_id",
                schema: "accounts",
                table: "role_grants",
                columns: new[] { "account_id", "role", "school_id", "region_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_role_grants_region_id",
                schema: "accounts",
                table: "role_grants",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_grants_school_id",
                schema: "accounts",
                table: "role_grants",
                column: "school_id");

            migrationBuilder.CreateIndex(
                name: "ix_schools_one_other_per_county",
                schema: "accounts",
                table: "schools",
                column: "region_id",
                unique: true,
                filter: "is_other");

            migrationBuilder.CreateIndex(
                name: "ix_schools_region_id_name",
                schema: "accounts",
                table: "schools",
                columns: new[] { "region_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teacher_profiles_id_number_hash",
                schema: "accounts",
                table: "teacher_profiles",
                column: "id_number_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teacher_profiles_school_id_verification_status",
                schema: "accounts",
                table: "teacher_profiles",
                columns: new[] { "school_id", "verification_status" });

            migrationBuilder.CreateIndex(
                name: "ix_verification_records_account_id_at",
                schema: "accounts",
                table: "verification_records",
                columns: new[] { "account_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_verification_records_school_id_at",
                schema: "accounts",
                table: "verification_records",
                columns: new[] { "school_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "phone_rebind_photos",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "role_grants",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "teacher_profiles",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "verification_records",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "phone_rebind_requests",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "schools",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "regions",
                schema: "accounts");

            migrationBuilder.AddColumn<List<string>>(
                name: "roles",
                schema: "accounts",
                table: "accounts",
                type: "text[]",
                nullable: false);
        }
    }
}
