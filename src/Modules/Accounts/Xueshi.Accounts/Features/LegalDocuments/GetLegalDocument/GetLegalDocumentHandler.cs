using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.LegalDocuments.GetLegalDocument;

internal sealed class GetLegalDocumentHandler(AccountsDbContext db) : IRequestHandler<GetLegalDocument, LegalDocumentResponse>
{
    public async Task<LegalDocumentResponse> Handle(GetLegalDocument request, CancellationToken cancellationToken)
    {
        var kind = LegalDocumentKinds.Parse(request.Kind);
        var current = await db.LegalDocuments.AsNoTracking()
            .Where(d => d.Kind == kind)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw LegalErrors.DocumentNotFound.ToException();
        return LegalDocumentResponse.Of(current);
    }
}
