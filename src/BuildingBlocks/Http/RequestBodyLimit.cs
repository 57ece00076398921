using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;

namespace Xueshi.BuildingBlocks.Http;

public static class RequestBodyLimit
{
    /// <summary>
    /// Lets this endpoint take a larger (or smaller) body than the Host's default
    /// (Xueshi:Http:MaxRequestBodyBytes, sized for JSON). Carried as the framework's
    /// <see cref="IRequestSizeLimitMetadata"/>, which the Host's body-limit middleware honours.
    /// </summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return builder.WithMetadata(new Limit(maxBytes));
    }

    private sealed record Limit(long Bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => Bytes;
    }
}
