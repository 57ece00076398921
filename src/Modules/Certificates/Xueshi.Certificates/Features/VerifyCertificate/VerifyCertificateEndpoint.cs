using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Certificates.Features.VerifyCertificate;

internal sealed class VerifyCertificateEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/certificates/verify", async (
                [Description("证书编号, as printed (XS-7K3M-9Q2P-4R8T-W6YZ); case, spaces and dashes do not matter.")] string? serial,
                [Description("验证码, as printed beside the serial.")] string? code,
                HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(await mediator.Send(new VerifyCertificate(serial, code), cancellationToken));
            })
            .WithName("VerifyCertificate")
            .WithTags(CertificatesApiTags.Certificates)
            .WithSummary("Verify a certificate (证书验证), without signing in")
            .WithDescription("Whether a certificate with this serial and code exists and is valid, or void with the date and the certificate " +
                "that replaced it. Name and ID number are masked. A wrong serial and a wrong code get the same 404 " +
                "certificates.verification_failed; 400 when either is missing; 429 after too many attempts from one address.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.CertificateVerification)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status429TooManyRequests);
}
