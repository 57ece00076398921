namespace Xueshi.BuildingBlocks.Identity;

/// <summary>How access tokens are signed; Accounts issues them, the Host validates them.</summary>
public sealed class JwtOptions
{
    public const string Section = "Xueshi:Jwt";

    public string Issuer { get; set; } = "xueshi";

    public string Audience { get; set; } = "xueshi-api";

    /// <summary>HMAC-SHA256 key, at least 32 bytes of UTF-8. Required outside Development.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
