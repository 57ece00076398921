using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Admin.Programs.CreateProgram;

internal sealed class CreateProgramEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/programs", async (CreateProgram request, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
            {
                var program = await mediator.Send(request, cancellationToken);
                return Revisions.Tagged(http, program, program.Revision, $"/api/v1/admin/programs/{program.Id}");
            })
            .WithName("CreateProgram")
            .WithTags("CatalogAdmin")
            .WithSummary("Create a program (新建专题) as a draft")
            .WithDescription("Operators only (403 auth.forbidden otherwise). The program starts as a draft, invisible to teachers; " +
                "the answer carries its ETag for the next change.")
            .RequireAuthorization()
            .Produces<AdminProgramResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound);
}
