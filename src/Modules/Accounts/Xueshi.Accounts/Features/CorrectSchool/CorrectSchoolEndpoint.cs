using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.CorrectSchool;

internal sealed class CorrectSchoolEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/schools/{id:guid}", async ([Description("The school to correct.")] Guid id, CorrectSchool request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { SchoolId = id }, cancellationToken)))
            .WithName("CorrectSchool")
            .WithTags("Directory")
            .WithSummary("Correct a school's basic data (修正学校基础信息): name and 学制")
            .WithDescription("For the school's administrator or an administrator of its county, city or province; anyone else " +
                "gets 404 accounts.school_not_found. A basic-education school wrongly marked 中职/高职/高等教育 is corrected here " +
                "so its teachers can enroll. The county's \"其他\" entry cannot be edited (409 accounts.other_school_fixed).")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict);
}
