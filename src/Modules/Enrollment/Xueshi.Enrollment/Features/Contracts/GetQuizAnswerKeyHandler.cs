using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetQuizAnswerKeyHandler(EnrollmentDbContext db) : IRequestHandler<GetQuizAnswerKey, QuizAnswerKey?>
{
    public async Task<QuizAnswerKey?> Handle(GetQuizAnswerKey request, CancellationToken cancellationToken)
    {
        var quiz = await db.Resources.AsNoTracking().Where(r => r.Id == request.ResourceId).Select(r => r.Quiz).SingleOrDefaultAsync(cancellationToken);
        return quiz is null
            ? null
            : new QuizAnswerKey(request.ResourceId, quiz.Questions
                .Select(q => new AnswerKeyQuestion(q.Id, q.Kind, q.Options.Select(o => o.Id).ToList(), q.CorrectOptionIds))
                .ToList());
    }
}
