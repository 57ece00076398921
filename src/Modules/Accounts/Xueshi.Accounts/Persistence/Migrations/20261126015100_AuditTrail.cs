using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.Accounts.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_events",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject_account_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    resource_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: true),
                    operation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_actor_account_id_occurred_at",
                schema: "accounts",
                table: "audit_events",
                columns: new[] { "actor_account_id", "occurred_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_occurred_at",
                schema: "accounts",
                table: "audit_events",
                column: "occurred_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_subject_account_ids",
                schema: "accounts",
                table: "audit_events",
                column: "subject_account_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_type_occurred_at",
                schema: "accounts",
                table: "audit_events",
                columns: new[] { "type", "occurred_at" },
                descending: new[] { false, true });

            // Append-only for everyone, not only for the application: an UPDATE or DELETE of an audit record
            // fails in the database itself (等保 2.0: audit records protected from deletion and change).
            migrationBuilder.Sql("""
                CREATE FUNCTION accounts.audit_events_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit records are append-only (%, %)', TG_OP, OLD.id
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_events_append_only
                    BEFORE UPDATE OR DELETE ON accounts.audit_events
                    FOR EACH ROW EXECUTE FUNCTION accounts.audit_events_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_append_only ON accounts.audit_events; DROP FUNCTION IF EXISTS accounts.audit_events_append_only();");
            migrationBuilder.DropTable(
                name: "audit_events",
                schema: "accounts");
        }
    }
}
