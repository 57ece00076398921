using Microsoft.AspNetCore.Builder;

namespace Xueshi.BuildingBlocks.Identity;

/// <summary>
/// Every endpoint that requires a signed-in caller also requires the caller's consent to the current
/// user agreement and privacy policy (PIPL); the few an account must reach to give that consent
/// (who am I, consent, choose the basics) carry this marker and are let through without it.
/// </summary>
public sealed class AllowWithoutConsentMetadata
{
    public static readonly AllowWithoutConsentMetadata Instance = new();

    private AllowWithoutConsentMetadata()
    {
    }
}

public static class ConsentGateConventions
{
    /// <summary>Opt-out of the consent gate: only for what an account needs to give its consent.</summary>
    public static TBuilder AllowWithoutConsent<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AllowWithoutConsentMetadata.Instance);
}
