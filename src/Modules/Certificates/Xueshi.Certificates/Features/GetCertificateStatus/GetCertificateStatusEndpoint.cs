using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Certificates.Features.GetCertificateStatus;

internal sealed class GetCertificateStatusEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs/{programId:guid}/certificate", async (
                [Description("The program (专题).")] Guid programId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetCertificateStatus(programId), cancellationToken)))
            .WithName("GetCertificateStatus")
            .WithTags(CertificatesApiTags.Certificates)
            .WithSummary("The certificate of a program: can I claim it, and why not (领取证书)")
            .WithDescription("Which certificate the program leads to (its own, or its training's one certificate), whether the signed-in " +
                "teacher can claim it now, and every unmet condition in words (hours short in a course, not verified by the school, the " +
                "certificate date not reached). Once claimed, the certificate. 404 certificates.program_not_found for no such program.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
