using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features.Profile.UpdateMyProfile;

internal sealed class UpdateMyProfileEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me/profile", async (UpdateMyProfile request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request, cancellationToken)))
            .WithName("UpdateMyProfile")
            .WithTags("Profile")
            .WithSummary("Save my teacher profile (修改个人信息)")
            .WithDescription("Replaces the whole profile; empty fields are allowed and reported in completeness. " +
                "Choosing a school, or saving after a rejection, submits the data to the school's administrators (pending). " +
                "Refusals: 400 validation_failed (field errors, e.g. a resident ID number failing its check digit or disagreeing " +
                "with the gender), 400 accounts.school_not_found, 409 accounts.id_number_taken, 409 accounts.profile_locked " +
                "(name, ID document, school or the roles isPsychologyTeacher / isHeadTeacher of a verified profile; extension lockedFields), 409 accounts.not_a_teacher.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict);
}
