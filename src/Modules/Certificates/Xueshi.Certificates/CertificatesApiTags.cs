namespace Xueshi.Certificates;

/// <summary>The OpenAPI tags of the module's endpoints, with what integrators read under each.</summary>
internal static class CertificatesApiTags
{
    public const string Certificates = "Certificates";
    public const string Admin = "Certificates admin";
    public const string Keys = "Certificate keys";
    public const string School = "School certificates";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [Certificates] = "电子学习证书: eligibility with every unmet condition in words, the masked preview, the claim (确认正确) that " +
            "fixes the certificate's data for good, and the teacher's own certificates.",
        [Admin] = "Operators: a training's one certificate (研修证书) covering all its programs, with its own date.",
        [School] = "School administrators: the school's certificates with full names and 6+4 ID numbers, and their CSV export, " +
            "to record the hours in each teacher's training file (记录的方法由地方教育部门和学校…执行). Audited.",
        [Keys] = "The public keys that verify certificates' signatures offline (a JSON Web Key Set, RFC 7517; ES256).",
    };
}
