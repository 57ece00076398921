namespace Xueshi.Host.Database;

/// <summary>The folder holding Api.sln, where .data/ and web-client/ live; the content root when not in a checkout.</summary>
internal static class RepositoryRoot
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
