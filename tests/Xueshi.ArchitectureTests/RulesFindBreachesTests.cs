using Xueshi.ArchitectureTests.Breaches;

namespace Xueshi.ArchitectureTests;

/// <summary>A rule that cannot fail proves nothing: each one is shown a breach and must name it.</summary>
public sealed class RulesFindBreachesTests
{
    private static readonly System.Reflection.Assembly Breaching = typeof(PublicHandler).Assembly;

    [Fact]
    public void A_public_handler_is_found() =>
        Assert.Contains(typeof(PublicHandler).FullName, ArchitectureRules.PublicHandlers(Breaching));

    [Fact]
    public void A_public_DbContext_is_found() =>
        Assert.Contains(typeof(PublicDbContext).FullName, ArchitectureRules.PublicDbContexts(Breaching));

    [Fact]
    public void A_reference_to_another_modules_implementation_is_found() =>
        Assert.Contains("Xueshi.Accounts", ArchitectureRules.ForeignImplementationReferences(Breaching, ownModule: "Enrollment"));

    [Fact]
    public void A_non_record_contract_is_found() =>
        Assert.Contains(typeof(NotARecordContract).FullName, ArchitectureRules.ContractsThatAreNotSealedRecordsOrEnums(Breaching));
}
