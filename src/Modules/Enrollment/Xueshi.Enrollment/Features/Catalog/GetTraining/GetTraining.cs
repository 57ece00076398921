using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Catalog.GetTraining;

internal sealed record GetTraining(Guid TrainingId) : IRequest<TrainingResponse>;

/// <param name="Entries">One entry per published or closed program (选择基础教育学习入口 …), basic education first.</param>
internal sealed record TrainingResponse(Guid Id, string Title, string Description, IReadOnlyList<TrainingEntry> Entries);

/// <param name="StartsOn">First day of the study window (China Standard Time).</param>
/// <param name="EndsOn">Last day of the study window, inclusive (China Standard Time).</param>
/// <param name="Status">Open now, upcoming or ended, as of today in Beijing.</param>
internal sealed record TrainingEntry(Guid ProgramId, string Title, Audience Audience, Guid? CoverMediaId, DateOnly StartsOn, DateOnly EndsOn, ProgramStatus Status);
