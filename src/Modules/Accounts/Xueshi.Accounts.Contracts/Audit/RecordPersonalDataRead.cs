using MediatR;

namespace Xueshi.Accounts.Contracts.Audit;

/// <summary>
/// Records, before the data is served, that the signed-in administrator is reading other people's
/// personal data: the modules that show teachers' data to admins (certificate lists, exports, progress
/// reports) send this, and serve nothing when it throws. Who, when, from which address and through
/// which operation are taken from the request.
/// </summary>
/// <param name="SubjectAccountIds">Whose data: every account on the page or in the export.</param>
/// <param name="Fields">Which fields are shown, e.g. realName, idNumber, phone.</param>
/// <param name="ResourceType">What was read, e.g. School for a school's teacher list.</param>
/// <param name="ResourceId">Its id, if it has one.</param>
public sealed record RecordPersonalDataRead(
    IReadOnlyCollection<Guid> SubjectAccountIds,
    IReadOnlyCollection<string> Fields,
    string ResourceType,
    Guid? ResourceId) : IRequest;
