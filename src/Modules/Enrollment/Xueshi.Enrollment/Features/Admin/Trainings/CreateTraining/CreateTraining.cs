using FluentValidation;
using MediatR;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Trainings.CreateTraining;

/// <summary>A new training (研修) grouping programs, e.g. 2023年寒假教师研修.</summary>
/// <param name="Title">2 to 100 characters.</param>
/// <param name="Description">Its landing page's text.</param>
internal sealed record CreateTraining(string? Title, string? Description) : IRequest<AdminTrainingResponse>;

internal sealed class CreateTrainingValidator : AbstractValidator<CreateTraining>
{
    public CreateTrainingValidator() => TrainingFields.Apply(this, r => r.Title, r => r.Description);
}

internal sealed class CreateTrainingHandler(CatalogEditing editing) : IRequestHandler<CreateTraining, AdminTrainingResponse>
{
    public async Task<AdminTrainingResponse> Handle(CreateTraining request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        var training = Training.Create(request.Title ?? "", request.Description ?? "", editing.Now);
        editing.Db.Trainings.Add(training);
        await editing.Db.SaveChangesAsync(cancellationToken);
        return await TrainingFields.ViewAsync(editing.Db, training.Id, cancellationToken);
    }
}
