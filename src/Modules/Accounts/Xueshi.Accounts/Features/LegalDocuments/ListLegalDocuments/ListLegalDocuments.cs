using MediatR;

namespace Xueshi.Accounts.Features.LegalDocuments.ListLegalDocuments;

internal sealed record ListLegalDocuments : IRequest<IReadOnlyList<LegalDocumentResponse>>;
