namespace Xueshi.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(ModuleCatalog.Modules), MemberType = typeof(ModuleCatalog))]
    public void A_module_references_no_other_modules_implementation(string module)
    {
        Assert.Empty(ArchitectureRules.ForeignImplementationReferences(ModuleCatalog.Implementation(module), module));
        Assert.Empty(ArchitectureRules.TypesUsingForeignImplementation(ModuleCatalog.Implementation(module), module));
    }

    [Theory]
    [MemberData(nameof(ModuleCatalog.Modules), MemberType = typeof(ModuleCatalog))]
    public void A_modules_contracts_reference_no_module_implementation(string module)
    {
        var contracts = ModuleCatalog.Contracts(module);
        Assert.Empty(ArchitectureRules.ForeignImplementationReferences(contracts, ownModule: "none"));
    }

    [Theory]
    [MemberData(nameof(ModuleCatalog.Modules), MemberType = typeof(ModuleCatalog))]
    public void Handlers_and_DbContexts_are_internal(string module)
    {
        var assembly = ModuleCatalog.Implementation(module);
        Assert.Empty(ArchitectureRules.PublicHandlers(assembly));
        Assert.Empty(ArchitectureRules.PublicDbContexts(assembly));
    }

    [Theory]
    [MemberData(nameof(ModuleCatalog.Modules), MemberType = typeof(ModuleCatalog))]
    public void A_module_exposes_only_its_module_class(string module) =>
        Assert.Empty(ArchitectureRules.PublicTypesOtherThanTheModule(ModuleCatalog.Implementation(module)));

    [Theory]
    [MemberData(nameof(ModuleCatalog.Modules), MemberType = typeof(ModuleCatalog))]
    public void Contracts_are_public_sealed_records_or_enums(string module) =>
        Assert.Empty(ArchitectureRules.ContractsThatAreNotSealedRecordsOrEnums(ModuleCatalog.Contracts(module)));

    [Fact]
    public void BuildingBlocks_knows_no_module()
    {
        var references = ModuleCatalog.BuildingBlocks.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => ModuleCatalog.Names.Any(m => r.StartsWith($"Xueshi.{m}", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_host_composes_all_five_modules() =>
        Assert.All(ModuleCatalog.Names, m => Assert.Contains(
            ModuleCatalog.Host.GetReferencedAssemblies(), a => a.Name == $"Xueshi.{m}"));
}
