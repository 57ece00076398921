namespace Xueshi.BuildingBlocks.Identity;

/// <summary>Claim names in our access tokens (inbound claim mapping is off, so these are literal).</summary>
public static class XueshiClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";
}
