using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Enrollment.Features.Catalog.GetProgram;

internal sealed class GetProgramEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programs/{id:guid}", async ([Description("The program (专题).")] Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetProgram(id), cancellationToken)))
            .WithName("GetProgram")
            .WithTags("Catalog")
            .WithSummary("A program's page (专题): description, window, support contact, courses with their opening dates")
            .WithDescription("The same answer for every reader, so its ETag is shared; the reader's own enrollment is " +
                "GET /programs/{id}/enrollment. A draft answers 404 enrollment.program_not_found. Signed in; revalidate with If-None-Match.")
            .WithETag()
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
