namespace Xueshi.BuildingBlocks.Identity;

/// <summary>Claim names in our access tokens (inbound claim mapping is off, so these are literal).</summary>
public static class XueshiClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";

    /// <summary>The legal document versions the account has consented to, as one stamp (e.g. <c>userAgreement:1;privacyPolicy:1</c>).</summary>
    public const string Consent = "consent";
}
