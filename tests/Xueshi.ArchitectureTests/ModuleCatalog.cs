using System.Reflection;
using Xueshi.BuildingBlocks.Modules;

namespace Xueshi.ArchitectureTests;

/// <summary>The modules as the Host composes them, found from the Host's own references.</summary>
internal static class ModuleCatalog
{
    public static readonly string[] Names = ["Accounts", "Enrollment", "LearningProgress", "CreditRules", "Certificates"];

    public static Assembly Host { get; } = typeof(Program).Assembly;

    public static Assembly BuildingBlocks { get; } = typeof(IModule).Assembly;

    public static Assembly Implementation(string module) => Assembly.Load($"Xueshi.{module}");

    public static Assembly Contracts(string module) => Assembly.Load($"Xueshi.{module}.Contracts");

    public static IEnumerable<object[]> Modules => Names.Select(n => new object[] { n });
}
