using MediatR;
using Xueshi.CreditRules.Features.Views;

namespace Xueshi.CreditRules.Features.GetMyProgramCredit;

/// <summary>The signed-in teacher's progress and credit in a program they are enrolled in.</summary>
internal sealed record GetMyProgramCredit(Guid ProgramId) : IRequest<ProgramCreditView>;
