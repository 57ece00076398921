using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.CreditRules.Persistence;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.DemoData;

/// <summary>
/// Publishes version 1 of each demo program's rules (<see cref="EditionRuleSets"/>) when the program has
/// no rules yet: idempotent, and an operator's later versions are left alone. Runs after Enrollment's
/// demo data (the Host seeds modules in order), which created the programs.
/// </summary>
internal static class CreditRulesDemoData
{
    private static readonly string[] Titles =
    [
        EditionRuleSets.Demo, EditionRuleSets.Winter2023Basic, EditionRuleSets.Winter2023Higher, EditionRuleSets.Winter2023Vocational,
        EditionRuleSets.Ethics2023, EditionRuleSets.Summer2023, EditionRuleSets.Psychology2023, EditionRuleSets.Winter2024, EditionRuleSets.Summer2025,
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreditRulesDbContext>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();

        var programs = await mediator.Send(new FindProgramIdsByTitle(Titles), cancellationToken);
        var ids = programs.Values.ToList();
        var withRules = await db.RuleSetHeads.Where(h => ids.Contains(h.ProgramId)).Select(h => h.ProgramId).ToListAsync(cancellationToken);
        foreach (var programId in ids.Except(withRules))
        {
            if (await mediator.Send(new GetProgramOutline(programId), cancellationToken) is not { } outline
                || EditionRuleSets.For(outline) is not { } rules)
            {
                continue;
            }

            var head = RuleSetHead.Create(programId);
            head.Published(1);
            db.RuleSetHeads.Add(head);
            db.RuleSetVersions.Add(StoredRuleSetVersion.PublishedNow(programId, 1, rules, null, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
