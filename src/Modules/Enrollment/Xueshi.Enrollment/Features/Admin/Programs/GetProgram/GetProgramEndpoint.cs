using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Programs.GetProgram;

internal sealed class GetProgramEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/programs/{id:guid}", async ([Description("The program.")] Guid id, IMediator mediator, HttpContext http,
                CancellationToken cancellationToken) =>
            {
                var program = await mediator.Send(new GetProgram(id), cancellationToken);
                return Revisions.Tagged(http, program, program.Revision);
            })
            .WithName("GetAdminProgram")
            .WithTags("CatalogAdmin")
            .WithSummary("Read a program for editing, in any state, with its courses")
            .WithDescription("Operators only. The ETag header is the program's revision: send it back in If-Match with every change.")
            .RequireAuthorization()
            .Produces<AdminProgramResponse>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
