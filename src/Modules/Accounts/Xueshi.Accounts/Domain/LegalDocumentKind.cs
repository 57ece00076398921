namespace Xueshi.Accounts.Domain;

/// <summary>The two documents a person consents to before using the platform (PIPL).</summary>
internal enum LegalDocumentKind
{
    /// <summary>用户协议.</summary>
    UserAgreement,

    /// <summary>隐私政策.</summary>
    PrivacyPolicy,
}
