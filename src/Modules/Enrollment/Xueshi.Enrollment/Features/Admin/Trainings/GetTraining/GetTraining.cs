using MediatR;

namespace Xueshi.Enrollment.Features.Admin.Trainings.GetTraining;

/// <param name="TrainingId">The training.</param>
internal sealed record GetTraining(Guid TrainingId) : IRequest<AdminTrainingResponse>;

internal sealed class GetTrainingHandler(CatalogEditing editing) : IRequestHandler<GetTraining, AdminTrainingResponse>
{
    public Task<AdminTrainingResponse> Handle(GetTraining request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        return TrainingFields.ViewAsync(editing.Db, request.TrainingId, cancellationToken);
    }
}
