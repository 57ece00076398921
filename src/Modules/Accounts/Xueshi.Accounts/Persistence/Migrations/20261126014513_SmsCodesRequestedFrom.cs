using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xueshi.Accounts.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class SmsCodesRequestedFrom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "requested_from",
                schema: "accounts",
                table: "sms_codes",
                type: "character varying(45)",
                maxLength: 45,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_sms_codes_requested_from_sent_at",
                schema: "accounts",
                table: "sms_codes",
                columns: new[] { "requested_from", "sent_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sms_codes_requested_from_sent_at",
                schema: "accounts",
                table: "sms_codes");

            migrationBuilder.DropColumn(
                name: "requested_from",
                schema: "accounts",
                table: "sms_codes");
        }
    }
}
