using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.LegalDocuments.PublishLegalDocument;

internal sealed class PublishLegalDocumentHandler(AccountsDbContext db, AdminScope scope, CurrentLegalVersions current, TimeProvider clock)
    : IRequestHandler<PublishLegalDocument, LegalDocumentResponse>
{
    public async Task<LegalDocumentResponse> Handle(PublishLegalDocument request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Operator, cancellationToken);
        var kind = LegalDocumentKinds.Parse(request.Kind);
        var latest = await db.LegalDocuments.Where(d => d.Kind == kind).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        var document = LegalDocument.Publish(kind, latest + 1, request.Title, request.Text, scope.AccountId, clock.GetUtcNow());
        db.LegalDocuments.Add(document);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw LegalErrors.VersionConflict.ToException();
        }

        // From now on every account is asked again: tokens with the old stamp are refused at the gate.
        current.Forget();
        return LegalDocumentResponse.Of(document);
    }
}
