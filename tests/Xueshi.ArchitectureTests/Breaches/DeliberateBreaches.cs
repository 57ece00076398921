using MediatR;
using Microsoft.EntityFrameworkCore;

// Deliberate breaches of the rules, in this test assembly only, to prove that each rule finds them.
namespace Xueshi.ArchitectureTests.Breaches;

public sealed record LeakyQuery : IRequest<int>;

public sealed class PublicHandler : IRequestHandler<LeakyQuery, int>
{
    public Task<int> Handle(LeakyQuery request, CancellationToken cancellationToken) => Task.FromResult(1);
}

public sealed class PublicDbContext : DbContext;

/// <summary>Reaches into Accounts' persistence, as a careless module might.</summary>
public sealed class ReachesIntoAccounts
{
    public Type Peek() => Type.GetType("Xueshi.Accounts.Persistence.AccountsDbContext, Xueshi.Accounts")!;

    public Xueshi.Accounts.AccountsModule Module { get; } = new();
}

public class NotARecordContract;
