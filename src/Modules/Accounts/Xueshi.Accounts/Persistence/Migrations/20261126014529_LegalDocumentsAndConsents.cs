using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Xueshi.Accounts.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class LegalDocumentsAndConsents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "basics_pending",
                schema: "accounts",
                table: "accounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "consents",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_consents_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "accounts",
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "legal_documents",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    body = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_documents", x => x.id);
                });

            migrationBuilder.InsertData(
                schema: "accounts",
                table: "legal_documents",
                columns: new[] { "id", "body", "kind", "published_at", "published_by", "title", "version" },
                values: new object[,]
                {
                    { new Guid("019a3d40-0000-7000-8000-000000000001"), "欢迎使用学时（以下简称“本平台”）。本平台为中小学、幼儿园教师及相关人员提供继续教育培训、学习记录和学时证书服务。请您在注册或登录前仔细阅读本协议；勾选“我已阅读并同意”即表示您同意受本协议约束。\n\n一、账号\n1. 您以本人的手机号码注册账号，手机号码即为登录账号。您应妥善保管密码和短信验证码，不得将账号出借、转让给他人使用。\n2. 使用短信验证码登录时，如该手机号码尚未注册，本平台将为您自动创建账号；您需要先选择身份、填写昵称并同意本协议和隐私政策，方可使用其他功能。\n3. 您应如实填写个人资料。教师的姓名、证件号码、任职学校等信息由所在学校管理员审核认定，虚假信息可能导致认证被撤销、学时不予认定。\n\n二、学习与学时\n1. 学时根据您在本平台的真实学习行为（观看时长、测验结果等）按培训项目的规则计算。以技术手段伪造学习记录、代学代考的，本平台有权不予认定相关学时并撤销已发放的证书。\n2. 学时证书的认定与使用以地方教育部门和学校的规定为准。\n\n三、行为规范\n您不得利用本平台发布违法违规信息，不得干扰平台正常运行，不得未经授权获取他人的个人信息。\n\n四、协议的变更\n本平台可能根据法律法规或服务的变化更新本协议。更新后的协议将在平台公布，并在您下次登录时请您重新阅读和同意；您不同意的，可以停止使用本平台。\n\n五、其他\n本协议适用中华人民共和国法律。如有疑问，请通过平台客服与我们联系。", "UserAgreement", new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "学时用户协议", 1 },
                    { new Guid("019a3d40-0000-7000-8000-000000000002"), "学时（以下简称“我们”）依照《中华人民共和国个人信息保护法》等法律法规处理您的个人信息。本政策说明我们收集哪些信息、为何收集、如何保护以及您享有的权利。\n\n一、我们收集的信息\n1. 注册与登录：手机号码（用于账号和短信验证码）、密码（仅保存不可逆的摘要）、身份和昵称。\n2. 教师资料：真实姓名、证件类型和证件号码、性别、民族、任职学校、学段学科、职称等，用于学校管理员认证您的教师身份和发放学时证书。\n3. 学习记录：观看进度、学习时长、测验结果，用于计算学时。\n4. 安全记录：登录时间、IP 地址、重要操作记录，用于账号安全和依法留存的审计。\n\n二、我们如何使用和共享\n1. 您所在学校的管理员可以查看您的姓名、部分遮盖的证件号码和学习情况，以便审核认证和记录学时；其他管理员和客服只能看到遮盖后的信息。\n2. 除法律法规规定或经您同意外，我们不会向第三方提供您的个人信息，也不会将其用于培训服务以外的目的。\n\n三、我们如何保护\n证件号码加密存储；管理员和客服查看他人个人信息的操作均记录在审计日志中，留存不少于六个月。个人信息存储在中华人民共和国境内。\n\n四、您的权利\n您可以查阅和更正您的个人资料，可以更换绑定的手机号码，也可以通过客服申请注销账号。注销后我们将依法删除或匿名化处理您的个人信息，法律法规要求留存的除外。\n\n五、政策的更新\n本政策更新后，我们将在您下次登录时请您重新阅读和同意。如有疑问，请通过平台客服与我们联系。", "PrivacyPolicy", new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "学时隐私政策", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_consents_account_id_kind_version",
                schema: "accounts",
                table: "consents",
                columns: new[] { "account_id", "kind", "version" });

            migrationBuilder.CreateIndex(
                name: "ix_legal_documents_kind_version",
                schema: "accounts",
                table: "legal_documents",
                columns: new[] { "kind", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consents",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "legal_documents",
                schema: "accounts");

            migrationBuilder.DropColumn(
                name: "basics_pending",
                schema: "accounts",
                table: "accounts");
        }
    }
}
