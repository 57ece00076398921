using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetQuizQuestionsHandler(EnrollmentDbContext db) : IRequestHandler<GetQuizQuestions, QuizPaper?>
{
    public async Task<QuizPaper?> Handle(GetQuizQuestions request, CancellationToken cancellationToken)
    {
        var quiz = await db.Resources.AsNoTracking().Where(r => r.Id == request.ResourceId).Select(r => r.Quiz).SingleOrDefaultAsync(cancellationToken);
        return quiz is null
            ? null
            : new QuizPaper(request.ResourceId, quiz.PositionSeconds, quiz.Questions
                .Select(q => new PaperQuestion(q.Id, q.Kind, q.Text, q.Options.Select(o => new PaperOption(o.Id, o.Text)).ToList()))
                .ToList());
    }
}
