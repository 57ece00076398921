using MediatR;

namespace Xueshi.Accounts.Contracts;

/// <summary>
/// The account registered with a mainland mobile number (11 digits), or null. For other modules'
/// demo data and back-office tools only: no endpoint exposes it, so it cannot be used to probe numbers.
/// </summary>
public sealed record FindAccountByPhone(string Phone) : IRequest<Guid?>;
