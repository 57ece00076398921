using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;
using Xueshi.Certificates.Features.Views;

namespace Xueshi.Certificates.Features.ClaimCertificate;

internal sealed class ClaimCertificateEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programs/{programId:guid}/certificate", async Task<Results<Created<CertificateView>, Ok<CertificateView>>> (
                [Description("The program (专题).")] Guid programId, ClaimCertificateBody body, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var claimed = await mediator.Send(new ClaimCertificate(programId, body.PreviewDigest), cancellationToken);
                return claimed.Created
                    ? TypedResults.Created($"/api/v1/me/certificates/{claimed.Certificate.Id}", claimed.Certificate)
                    : TypedResults.Ok(claimed.Certificate);
            })
            .WithName("ClaimCertificate")
            .WithTags(CertificatesApiTags.Certificates)
            .WithSummary("Confirm and claim the certificate (确认正确)")
            .WithDescription("Creates the certificate the teacher previewed, with an immutable snapshot of their data and hours, an " +
                "unguessable serial, a verification code and an ECDSA signature; publishes CertificateIssued. 201 when created; 200 with " +
                "the same certificate when it already exists (confirming twice, or from two devices at once, gives one certificate). " +
                "409 certificates.preview_changed when the data changed since the preview, 409 certificates.not_eligible, " +
                "400 for a missing previewDigest.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
