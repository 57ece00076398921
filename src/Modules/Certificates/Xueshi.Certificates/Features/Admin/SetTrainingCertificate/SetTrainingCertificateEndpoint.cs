using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Certificates.Features.Admin.SetTrainingCertificate;

internal sealed class SetTrainingCertificateEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/admin/trainings/{trainingId:guid}/certificate", async (
                [Description("The training (研修).")] Guid trainingId, TrainingCertificateBody body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new SetTrainingCertificate(trainingId, body.Title, body.CertificateDate), cancellationToken)))
            .WithName("SetTrainingCertificate")
            .WithTags(CertificatesApiTags.Admin)
            .WithSummary("Give a training one certificate for all its programs (研修证书)")
            .WithDescription("Operators only. From then on the training's programs give no certificate of their own: a teacher claims the " +
                "training's, which records every program of it they completed, from the certificate date on. The date must come after " +
                "the last day of every program (422 certificates.date_before_last_window, with lastProgramEndsOn). " +
                "404 certificates.training_not_found, 403 auth.forbidden, 400 for a missing date.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/admin/trainings/{trainingId:guid}/certificate", async (
                [Description("The training (研修).")] Guid trainingId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetTrainingCertificate(trainingId), cancellationToken)))
            .WithName("GetTrainingCertificate")
            .WithTags(CertificatesApiTags.Admin)
            .WithSummary("A training's certificate as set")
            .WithDescription("Operators only. 404 certificates.no_certificate when the training has none, certificates.training_not_found.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }
}
