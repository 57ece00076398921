namespace Xueshi.BuildingBlocks.Http;

/// <summary>Rate-limit policy names; the Host defines the limits, endpoints name the policy.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sending SMS codes costs money and can be abused to flood a stranger's phone.</summary>
    public const string SmsCodes = "sms-codes";

    /// <summary>Password guessing, per client address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Heartbeats, per playback: a flooding player is slowed without touching anyone else's.</summary>
    public const string Heartbeats = "heartbeats";

    /// <summary>Public certificate verification, per address: with the serial's 77 random bits it makes guessing hopeless.</summary>
    public const string CertificateVerification = "certificate-verification";
}
