using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// The programs with these exact titles, by title, for other modules' demo data (their rules or
/// certificates keyed to the demo catalog). A title with no program is left out.
/// </summary>
public sealed record FindProgramIdsByTitle(IReadOnlyCollection<string> Titles) : IRequest<IReadOnlyDictionary<string, Guid>>;
