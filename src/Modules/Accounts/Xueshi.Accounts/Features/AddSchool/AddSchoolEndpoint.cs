using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.AddSchool;

internal sealed class AddSchoolEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/regions/{countyId:guid}/schools", async ([Description("The county (区县) the school is in.")] Guid countyId, AddSchool request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var school = await mediator.Send(request with { CountyId = countyId }, cancellationToken);
                return TypedResults.Created($"/api/v1/schools/{school.Id}", school);
            })
            .WithName("AddSchool")
            .WithTags("Directory")
            .WithSummary("Add a school to a county (新增学校)")
            .WithDescription("For an administrator of the county, or of its city or province. A county the caller does not " +
                "administer answers 404; a city or province answers 422 accounts.not_a_county; a name the county already has, " +
                "409 accounts.school_name_taken. Teachers who picked \"其他\" can then choose the new school in their profile.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
}
