using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.LegalDocuments.ListLegalDocuments;

internal sealed class ListLegalDocumentsHandler(AccountsDbContext db) : IRequestHandler<ListLegalDocuments, IReadOnlyList<LegalDocumentResponse>>
{
    public async Task<IReadOnlyList<LegalDocumentResponse>> Handle(ListLegalDocuments request, CancellationToken cancellationToken)
    {
        var current = await db.LegalDocuments.AsNoTracking()
            .Where(d => d.Version == db.LegalDocuments.Where(o => o.Kind == d.Kind).Max(o => o.Version))
            .OrderBy(d => d.Kind)
            .ToListAsync(cancellationToken);
        return current.Select(LegalDocumentResponse.Of).ToList();
    }
}
