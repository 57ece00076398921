using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Xueshi.LearningProgress.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class PlaybackAndProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "playbacks",
                schema: "learning_progress",
                columns: table => new
                {
                    teacher_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    duration_seconds = table.Column<double>(type: "double precision", nullable: true),
                    quiz_position_seconds = table.Column<int>(type: "integer", nullable: true),
                    max_playback_rate = table.Column<double>(type: "double precision", nullable: false),
                    window_ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_heartbeat_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false),
                    last_position = table.Column<double>(type: "double precision", nullable: false),
                    playing = table.Column<bool>(type: "boolean", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_playbacks", x => new { x.teacher_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "quiz_attempts",
                schema: "learning_progress",
                columns: table => new
                {
                    teacher_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    question_count = table.Column<int>(type: "integer", nullable: false),
                    answered_count = table.Column<int>(type: "integer", nullable: false),
                    correct_count = table.Column<int>(type: "integer", nullable: false),
                    completes = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quiz_attempts", x => new { x.teacher_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "resource_progress",
                schema: "learning_progress",
                columns: table => new
                {
                    teacher_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    duration_seconds = table.Column<double>(type: "double precision", nullable: true),
                    quiz_position_seconds = table.Column<int>(type: "integer", nullable: true),
                    question_count = table.Column<int>(type: "integer", nullable: false),
                    min_reading_seconds = table.Column<int>(type: "integer", nullable: true),
                    study_seconds_on_completion = table.Column<int>(type: "integer", nullable: false),
                    watched = table.Column<NpgsqlRange<int>[]>(type: "int4multirange", nullable: false, defaultValueSql: "'{}'::int4multirange"),
                    after_quiz = table.Column<NpgsqlRange<int>[]>(type: "int4multirange", nullable: false, defaultValueSql: "'{}'::int4multirange"),
                    watched_seconds = table.Column<int>(type: "integer", nullable: false),
                    watch_time_seconds = table.Column<double>(type: "double precision", nullable: false),
                    watch_clock_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reading_seconds = table.Column<double>(type: "double precision", nullable: false),
                    last_position = table.Column<double>(type: "double precision", nullable: false),
                    quiz_completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    quiz_attempt_count = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_in_program_id = table.Column<Guid>(type: "uuid", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_progress", x => new { x.teacher_id, x.resource_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_playbacks_teacher_id_resource_id",
                schema: "learning_progress",
                table: "playbacks",
                columns: new[] { "teacher_id", "resource_id" });

            migrationBuilder.CreateIndex(
                name: "ix_quiz_attempts_teacher_id_resource_id_submitted_at",
                schema: "learning_progress",
                table: "quiz_attempts",
                columns: new[] { "teacher_id", "resource_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_progress_teacher_id_course_id",
                schema: "learning_progress",
                table: "resource_progress",
                columns: new[] { "teacher_id", "course_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "playbacks",
                schema: "learning_progress");

            migrationBuilder.DropTable(
                name: "quiz_attempts",
                schema: "learning_progress");

            migrationBuilder.DropTable(
                name: "resource_progress",
                schema: "learning_progress");
        }
    }
}
