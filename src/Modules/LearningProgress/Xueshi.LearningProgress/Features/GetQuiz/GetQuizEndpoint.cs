using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.LearningProgress.Features.GetQuiz;

internal sealed class GetQuizEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/playbacks/{playbackId:guid}/quiz", async (
                [Description("The playback of the video or course test.")] Guid playbackId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetQuiz(playbackId), cancellationToken)))
            .WithName("GetQuiz")
            .WithTags(LearningProgressApiTags.Quizzes)
            .WithSummary("Get the quiz (测试题) once the playback reaches it")
            .WithDescription("The questions and options, without the answers. A video's quiz is delivered once the playback reached its " +
                "position (409 learning.quiz_not_reached before); a course test at once. 404 learning.playback_not_found, " +
                "404 learning.quiz_not_found when the resource has no quiz, 410 learning.playback_expired.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status410Gone);
}
