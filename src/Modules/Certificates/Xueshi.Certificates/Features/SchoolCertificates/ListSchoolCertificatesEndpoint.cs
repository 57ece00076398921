using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Certificates.Features.SchoolCertificates;

internal sealed class ListSchoolCertificatesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/schools/{schoolId:guid}/certificates", async (
                [Description("The school.")] Guid schoolId,
                [Description("Only certificates that record this program.")] Guid? programId,
                [Description("valid (default), void or all.")] string? status,
                [Description("1-based page (default 1).")] int? page,
                [Description("Rows per page, 1-200 (default 50).")] int? pageSize,
                IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(
                    new ListSchoolCertificates(schoolId, programId, status, page ?? 1, pageSize ?? 50), cancellationToken)))
            .WithName("ListSchoolCertificates")
            .WithTags(CertificatesApiTags.School)
            .WithSummary("A school's certificates, for its administrator")
            .WithDescription("The school's own teachers' certificates (the school at the time of issue), newest first, with the full name, " +
                "the ID number to 6+4, the hours per program and the serial, so the school can record the hours in each teacher's training " +
                "file. The school's own administrator only (404 certificates.school_not_found for anyone else); every page read is audited.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
