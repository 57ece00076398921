namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the folder holding Api.sln above the test binaries.</summary>
internal static class TestRepository
{
    private static readonly Lazy<string> Found = new(() =>
    {
        var root = Xueshi.BuildingBlocks.Hosting.RepositoryRoot.Find(AppContext.BaseDirectory);
        return File.Exists(Path.Combine(root, "Api.sln")) ? root : throw new InvalidOperationException("Api.sln not found above the test binaries.");
    });

    public static string Root => Found.Value;
}
