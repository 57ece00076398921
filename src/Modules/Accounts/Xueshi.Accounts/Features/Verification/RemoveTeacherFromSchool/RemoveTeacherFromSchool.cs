using MediatR;

namespace Xueshi.Accounts.Features.Verification.RemoveTeacherFromSchool;

/// <summary>从学校移除: the school's admin removes a teacher; the verification ends.</summary>
internal sealed record RemoveTeacherFromSchool(Guid SchoolId, Guid AccountId) : IRequest;
