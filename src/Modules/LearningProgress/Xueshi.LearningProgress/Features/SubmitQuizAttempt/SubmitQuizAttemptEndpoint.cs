using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.LearningProgress.Features.SubmitQuizAttempt;

internal sealed class SubmitQuizAttemptEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/playbacks/{playbackId:guid}/quiz/attempts", async (
                [Description("The playback of the video or course test.")] Guid playbackId,
                SubmitQuizAttempt request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var result = await mediator.Send(request with { PlaybackId = playbackId }, cancellationToken);
                return TypedResults.Created($"/api/v1/playbacks/{playbackId}/quiz/attempts/{result.AttemptId}", result);
            })
            .WithName("SubmitQuizAttempt")
            .WithTags(LearningProgressApiTags.Quizzes)
            .WithSummary("Submit an attempt at the quiz (提交测试题)")
            .WithDescription("Graded on the server and kept. By default the quiz is complete once every question is answered (完成测试题); " +
                "a program may demand correct answers, and then a wrong attempt is retried. After a video's quiz is complete, the rest " +
                "of the video after it must still be watched. Refusals: 409 learning.quiz_not_reached, 422 learning.quiz_answer_invalid " +
                "(a question or option not in the quiz, a question answered twice, or several options for a single-choice or true/false question), " +
                "422 learning.after_window (the program's window has ended), 404 learning.playback_not_found, " +
                "404 learning.quiz_not_found, 410 learning.playback_expired.")
            .RequireAuthorization()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status410Gone, StatusCodes.Status422UnprocessableEntity);
}
