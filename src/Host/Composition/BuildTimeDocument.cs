using System.Reflection;

namespace Xueshi.Host.Composition;

/// <summary>
/// The build-time OpenAPI tool (GetDocument.Insider) runs Program.cs and starts the host with its
/// hosted services, so the database start-up must know not to run then.
/// </summary>
internal static class BuildTimeDocument
{
    public static bool IsBeingGenerated { get; } =
        Assembly.GetEntryAssembly()?.GetName().Name?.StartsWith("GetDocument", StringComparison.Ordinal) == true;
}
