namespace Xueshi.BuildingBlocks.Hosting;

/// <summary>
/// The folder holding Api.sln, where .data/ (the embedded database, keys, media) and web-client/ live; the content root
/// when not in a checkout. Every default under .data/ is resolved from here, so they all land in one place.
/// </summary>
public static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Api.sln")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
