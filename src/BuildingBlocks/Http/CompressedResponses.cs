using Microsoft.AspNetCore.Builder;

namespace Xueshi.BuildingBlocks.Http;

/// <summary>Marks an endpoint whose answers are sent compressed (Brotli or gzip) when the client accepts it.</summary>
public sealed class CompressedResponseMetadata
{
    public static readonly CompressedResponseMetadata Instance = new();

    private CompressedResponseMetadata()
    {
    }
}

public static class CompressedResponses
{
    /// <summary>
    /// For large reads a phone makes often: the progress page of a program of 300 resources is about 120 KB
    /// of JSON and a tenth of that compressed. Opt-in per endpoint, not for the whole API: an answer that
    /// carries a secret (a token) next to text a caller chose is never compressed (BREACH).
    /// </summary>
    public static TBuilder WithCompressedResponse<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CompressedResponseMetadata.Instance);
}
