using Microsoft.AspNetCore.Builder;

namespace Xueshi.BuildingBlocks.Http;

/// <summary>A cookie an endpoint reads, so the OpenAPI document shows it as an <c>in: cookie</c> parameter.</summary>
public sealed record ReadsCookieMetadata(string Name, string Description);

/// <summary>A cookie an endpoint may set, so the OpenAPI document shows the Set-Cookie response header.</summary>
public sealed record SetsCookieMetadata(string Name, string Description);

public static class CookieConventions
{
    public static TBuilder ReadsCookie<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReadsCookieMetadata(name, description));

    public static TBuilder SetsCookie<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SetsCookieMetadata(name, description));
}
