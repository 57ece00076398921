using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.Enrollment.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_changes",
                schema: "enrollment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: true),
                    course_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalog_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "courses",
                schema: "enrollment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    lecturers = table.Column<string>(type: "jsonb", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trainings",
                schema: "enrollment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "chapters",
                schema: "enrollment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chapters", x => x.id);
                    table.ForeignKey(
                        name: "fk_chapters_courses_course_id",
                        column: x => x.course_id,
                        principalSchema: "enrollment",
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "course_likes",
                schema: "enrollment",
                columns: table => new
                {
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    teacher_id = table.Column<Guid>(type: "uuid", nullable: false),
                    liked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_likes", x => new { x.course_id, x.teacher_id });
                    table.ForeignKey(
                        name: "fk_course_likes_courses_course_id",
                        column: x => x.course_id,
                        principalSchema: "enrollment",
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "course_reviews",
                schema: "enrollment",
                columns: table => new
                {
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    teacher_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stars = table.Column<int>(type: "integer", nullable: false),
                    comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_reviews", x => new { x.course_id, x.teacher_id });
                    table.CheckConstraint("ck_course_reviews_stars", "stars BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_course_reviews_courses_course_id",
                        column: x => x.course_id,
                        principalSchema: "enrollment",
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programs",
                schema: "enrollment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    training_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    cover_media_id = table.Column<Guid>(type: "uuid", nullable: true),
                    audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    certificate_date = table.Column<DateOnly>(type: "date", nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    school_systems = table.Column<string>(type: "jsonb", nullable: false),
                    admitted_identities = table.Column<string>(type: "jsonb", nullable: false),
                    required_profile_fields = table.Column<string>(type: "jsonb", nullable: false),
                    support = table.Column<string>(type: "jsonb", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programs", x => x.id);
                    table.ForeignKey(
                        name: "fk_programs_trainings_training_id",
                        column: x => x.training_id,
                        principalSchema: "enrollment",
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resources",
                schema: "enrollment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    chapter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_extension = table.Column<bool>(type: "boolean", nullable: false),
                    media_id = table.Column<Guid>(type: "uuid", nullable: true),
                    duration_seconds = table.Column<double>(type: "double precision", nullable: true),
                    text_body = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    document_media_id = table.Column<Guid>(type: "uuid", nullable: true),
                    min_reading_seconds = table.Column<int>(type: "integer", nullable: true),
                    study_minutes = table.Column<int>(type: "integer", nullable: true),
                    quiz = table.Column<string>(type: "jsonb", nullable: true),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resources", x => x.id);
                    table.ForeignKey(
                        name: "fk_resources_chapters_chapter_id",
                        column: x => x.chapter_id,
                        principalSchema: "enrollment",
                        principalTable: "chapters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_resources_courses_course_id",
                        column: x => x.course_id,
                        principalSchema: "enrollment",
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enrollments",
                schema: "enrollment",
                columns: table => new
                {
                    teacher_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrollments", x => new { x.teacher_id, x.program_id });
                    table.UniqueConstraint("ak_enrollments_id", x => x.id);
                    table.ForeignKey(
                        name: "fk_enrollments_programs_program_id",
                        column: x => x.program_id,
                        principalSchema: "enrollment",
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "program_courses",
                schema: "enrollment",
                columns: table => new
                {
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: true),
                    carried_from_program_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_program_courses", x => new { x.program_id, x.course_id });
                    table.ForeignKey(
                        name: "fk_program_courses_courses_course_id",
                        column: x => x.course_id,
                        principalSchema: "enrollment",
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_program_courses_programs_carried_from_program_id",
                        column: x => x.carried_from_program_id,
                        principalSchema: "enrollment",
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_program_courses_programs_program_id",
                        column: x => x.program_id,
                        principalSchema: "enrollment",
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_catalog_changes_course_id_at",
                schema: "enrollment",
                table: "catalog_changes",
                columns: new[] { "course_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_catalog_changes_program_id_at",
                schema: "enrollment",
                table: "catalog_changes",
                columns: new[] { "program_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_chapters_course_id_position",
                schema: "enrollment",
                table: "chapters",
                columns: new[] { "course_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_course_reviews_course_id_updated_at",
                schema: "enrollment",
                table: "course_reviews",
                columns: new[] { "course_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_enrollments_program_id",
                schema: "enrollment",
                table: "enrollments",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_courses_carried_from_program_id",
                schema: "enrollment",
                table: "program_courses",
                column: "carried_from_program_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_courses_course_id",
                schema: "enrollment",
                table: "program_courses",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_programs_state_starts_on",
                schema: "enrollment",
                table: "programs",
                columns: new[] { "state", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_programs_training_id",
                schema: "enrollment",
                table: "programs",
                column: "training_id");

            migrationBuilder.CreateIndex(
                name: "ix_resources_chapter_id",
                schema: "enrollment",
                table: "resources",
                column: "chapter_id");

            migrationBuilder.CreateIndex(
                name: "ix_resources_course_id_chapter_id_position",
                schema: "enrollment",
                table: "resources",
                columns: new[] { "course_id", "chapter_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_resources_document_media_id",
                schema: "enrollment",
                table: "resources",
                column: "document_media_id");

            migrationBuilder.CreateIndex(
                name: "ix_resources_media_id",
                schema: "enrollment",
                table: "resources",
                column: "media_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_changes",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "course_likes",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "course_reviews",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "enrollments",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "program_courses",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "resources",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "programs",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "chapters",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "trainings",
                schema: "enrollment");

            migrationBuilder.DropTable(
                name: "courses",
                schema: "enrollment");
        }
    }
}
