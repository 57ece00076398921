namespace Xueshi.Accounts;

/// <summary>What each of the module's OpenAPI tags covers, written once for integrators.</summary>
internal static class AccountsApiTags
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["Accounts"] = "Registering an account (注册) with a mainland mobile number and an SMS code.",
        ["Audit"] = "The audit trail (审计记录): every read of personal data by an administrator or support agent, and the security events; operators only.",
        ["Auth"] = "Signing in and out (登录): SMS codes, access and refresh tokens, password resets. Rate-limited per address.",
        ["Directory"] = "Administrative regions (行政区域) and schools (学校): anonymous reads for the school picker, changes by region admins.",
        ["Legal"] = "用户协议 and 隐私政策 with their versions (PIPL): anonymous reads, new versions by operators.",
        ["Me"] = "The signed-in account: who it is, its identity (身份) and the scopes it administers.",
        ["Profile"] = "The teacher's profile (教师信息) and the lists its fields are chosen from.",
        ["Rebinding"] = "Changing the phone number of an account (换绑手机号), by the owner or, when the old number is lost, through support.",
        ["Roles"] = "Role grants (角色授权) for school admins, region admins, operators and support; operators only.",
        ["Verification"] = "A school's teachers and their verification (教师审核) by the school admin or a region admin above it.",
    };
}
