using System.ComponentModel.DataAnnotations;
using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.GetMe;

namespace Xueshi.Accounts.Features.SwitchIdentity;

/// <param name="Identity">The identity to switch to: only teacher.</param>
/// <param name="ConfirmClearStudentData">Must be true when switching from student: the student's data is cleared.</param>
internal sealed record SwitchIdentity([property: Required] AccountIdentity? Identity, bool ConfirmClearStudentData) : IRequest<MeResponse>;
