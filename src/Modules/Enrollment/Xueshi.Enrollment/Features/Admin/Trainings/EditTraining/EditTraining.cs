using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Xueshi.Enrollment.Features.Admin.Trainings.EditTraining;

/// <summary>The training's title and description, replaced.</summary>
/// <param name="Title">2 to 100 characters.</param>
/// <param name="Description">Its landing page's text.</param>
internal sealed record EditTraining(string? Title, string? Description) : IRequest<AdminTrainingResponse>
{
    [JsonIgnore]
    public Guid TrainingId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

internal sealed class EditTrainingValidator : AbstractValidator<EditTraining>
{
    public EditTrainingValidator() => TrainingFields.Apply(this, r => r.Title, r => r.Description);
}

internal sealed class EditTrainingHandler(CatalogEditing editing) : IRequestHandler<EditTraining, AdminTrainingResponse>
{
    public async Task<AdminTrainingResponse> Handle(EditTraining request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        var training = await editing.Db.Trainings.SingleOrDefaultAsync(t => t.Id == request.TrainingId, cancellationToken)
            ?? throw EnrollmentErrors.TrainingNotFound.ToException();
        Revisions.Require(request.IfMatch, training.Revision);
        training.Edit(request.Title ?? "", request.Description ?? "", editing.Now);
        await editing.Db.SaveAsync(cancellationToken);
        return await TrainingFields.ViewAsync(editing.Db, training.Id, cancellationToken);
    }
}
