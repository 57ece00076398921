using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Xueshi.Accounts.Features.LegalDocuments.GetLegalDocument;

/// <param name="Kind">userAgreement (用户协议) or privacyPolicy (隐私政策).</param>
internal sealed record GetLegalDocument([FromRoute(Name = "kind")] string Kind) : IRequest<LegalDocumentResponse>;
