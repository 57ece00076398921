using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// A training (研修) and its programs, for a certificate that covers the whole training. Null when there is no such
/// training. Draft programs are left out: teachers cannot see them, so no certificate can list them.
/// </summary>
public sealed record GetTrainingPrograms(Guid TrainingId) : IRequest<TrainingPrograms?>;

/// <param name="TrainingId">The training.</param>
/// <param name="Title">Its title (2023年寒假教师研修), which a group certificate carries.</param>
/// <param name="Programs">Its programs visible to teachers, in the order they were created.</param>
public sealed record TrainingPrograms(Guid TrainingId, string Title, IReadOnlyList<TrainingProgramWindow> Programs);

/// <param name="ProgramId">The program.</param>
/// <param name="Title">Its title.</param>
/// <param name="Window">Its study window (China Standard Time days).</param>
public sealed record TrainingProgramWindow(Guid ProgramId, string Title, StudyWindow Window);
