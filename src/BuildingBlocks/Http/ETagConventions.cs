using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Xueshi.BuildingBlocks.Http;

/// <summary>
/// Catalog-like reads (regions, schools, profile options, later programs) are never cached blind:
/// the answer carries a strong ETag computed from its bytes and <c>Cache-Control: no-cache</c>, so a
/// browser revalidates every time and gets 304 with no body when nothing changed, and the new
/// answer at once when something did (a school a county admin has just added).
/// </summary>
public static class ETagConventions
{
    public static RouteHandlerBuilder WithETag(this RouteHandlerBuilder builder) =>
        builder
            .AddEndpointFilter(async (context, next) => new ETaggedResult(await next(context)))
            .Produces(StatusCodes.Status304NotModified);

    private sealed class ETaggedResult(object? inner) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            using var buffer = new MemoryStream();
            var buffered = new StreamResponseBodyFeature(buffer, original);
            http.Features.Set<IHttpResponseBodyFeature>(buffered);
            try
            {
                await (inner as IResult ?? TypedResults.Ok(inner)).ExecuteAsync(http);
                await buffered.CompleteAsync();
            }
            finally
            {
                http.Features.Set(original);
            }

            var response = http.Response;
            var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                var etag = $"\"{Convert.ToBase64String(SHA256.HashData(body.Span), 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
                response.Headers.ETag = etag;
                response.Headers.CacheControl = "no-cache";
                if (Matches(http.Request, etag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.ContentType = null;
                    response.ContentLength = null;
                    return;
                }
            }

            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, http.RequestAborted);
        }

        private static bool Matches(HttpRequest request, string etag)
        {
            var candidates = request.GetTypedHeaders().IfNoneMatch;
            if (candidates is null)
            {
                return false;
            }

            // If-None-Match compares weakly (RFC 9110 13.1.2): a W/ prefix added by a proxy still matches.
            var ours = new EntityTagHeaderValue(etag);
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(ours, useStrongComparison: false));
        }
    }
}
