using System.Reflection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Modules;

namespace Xueshi.ArchitectureTests;

/// <summary>
/// The rules as functions that list offenders, so each rule is tested both on the real modules
/// (no offenders) and on a deliberate breach (the breach is found).
/// </summary>
internal static class ArchitectureRules
{
    /// <summary>Assemblies of other modules' implementations that this assembly references.</summary>
    public static IReadOnlyList<string> ForeignImplementationReferences(Assembly assembly, string ownModule) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => ModuleCatalog.Names.Any(m => m != ownModule && name == $"Xueshi.{m}"))
            .ToList();

    /// <summary>Types that use another module's implementation namespace, found in the IL by NetArchTest.</summary>
    public static IReadOnlyList<string> TypesUsingForeignImplementation(Assembly assembly, string ownModule)
    {
        var forbidden = ModuleCatalog.Names.Where(m => m != ownModule)
            .SelectMany(m => new[] { $"Xueshi.{m}.Domain", $"Xueshi.{m}.Persistence", $"Xueshi.{m}.Features" })
            .Append("Xueshi.Host")
            .ToArray();
        var result = NetArchTest.Rules.Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return result.FailingTypeNames?.ToList() ?? [];
    }

    public static IReadOnlyList<string> PublicHandlers(Assembly assembly) =>
        Exported(assembly).Where(t => t.GetInterfaces().Any(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) || i.GetGenericTypeDefinition() == typeof(INotificationHandler<>))))
            .Select(t => t.FullName!).ToList();

    public static IReadOnlyList<string> PublicDbContexts(Assembly assembly) =>
        Exported(assembly).Where(t => typeof(DbContext).IsAssignableFrom(t)).Select(t => t.FullName!).ToList();

    /// <summary>A module's implementation shows the Host its module class and nothing else.</summary>
    public static IReadOnlyList<string> PublicTypesOtherThanTheModule(Assembly assembly) =>
        Exported(assembly).Where(t => !typeof(IModule).IsAssignableFrom(t)).Select(t => t.FullName!).ToList();

    /// <summary>Contracts hold public sealed records (and the enums they use): nothing with behaviour to lean on.</summary>
    public static IReadOnlyList<string> ContractsThatAreNotSealedRecordsOrEnums(Assembly assembly) =>
        Exported(assembly)
            .Where(t => !t.IsEnum && !(t.IsSealed && t.GetMethod("<Clone>$") is not null))
            .Select(t => t.FullName!).ToList();

    private static IEnumerable<Type> Exported(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => !t.Name.StartsWith('<'));
}
