using MediatR;
using Xueshi.Accounts.Contracts.Audit;

namespace Xueshi.Accounts.Audit;

/// <summary>The other modules' way to the audit trail: the record is written before they serve the data.</summary>
internal sealed class RecordPersonalDataReadHandler(AuditTrail audit) : AsyncRequestHandler<RecordPersonalDataRead>
{
    protected override Task Handle(RecordPersonalDataRead request, CancellationToken cancellationToken) =>
        audit.RecordReadAsync(request.SubjectAccountIds, request.Fields, request.ResourceType, request.ResourceId, cancellationToken);
}
