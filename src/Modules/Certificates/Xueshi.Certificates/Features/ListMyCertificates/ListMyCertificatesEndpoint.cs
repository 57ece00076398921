using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Certificates.Features.ListMyCertificates;

internal sealed class ListMyCertificatesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/certificates", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListMyCertificates(), cancellationToken)))
            .WithName("ListMyCertificates")
            .WithTags(CertificatesApiTags.Certificates)
            .WithSummary("My certificates (我的证书)")
            .WithDescription("Every certificate of the signed-in teacher, newest first. A certificate replaced after a data correction " +
                "stays in the list, status void, with the id of the one that replaced it. Name and ID number are masked; the PDF shows them in full.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized);

        api.MapGet("/me/certificates/{certificateId:guid}", async (
                [Description("The certificate.")] Guid certificateId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetMyCertificate(certificateId), cancellationToken)))
            .WithName("GetMyCertificate")
            .WithTags(CertificatesApiTags.Certificates)
            .WithSummary("One of my certificates")
            .WithDescription("404 certificates.not_found for an id that is not one of the signed-in teacher's certificates.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
    }
}
