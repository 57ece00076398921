using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Certificates.Features.PreviewCertificate;

internal sealed class PreviewCertificateEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs/{programId:guid}/certificate/preview", async (
                [Description("The program (专题).")] Guid programId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new PreviewCertificate(programId), cancellationToken)))
            .WithName("PreviewCertificate")
            .WithTags(CertificatesApiTags.Certificates)
            .WithSummary("Preview the certificate before confirming (证书预览)")
            .WithDescription("The certificate exactly as confirming would create it today, with the name and ID number masked and the " +
                "warning that confirmed data cannot change. Send previewDigest back to confirm. 409 certificates.not_eligible (with " +
                "unmetConditions), 409 certificates.already_claimed (with certificateId), 404 certificates.no_certificate for a program " +
                "that gives none, 404 certificates.program_not_found.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
