namespace Xueshi.Accounts.Roles;

/// <summary>
/// The first operators and support agents of a fresh install, by phone number, e.g.
/// Xueshi__Accounts__Bootstrap__Operators__0=13900000000. They register as anyone does; the role is
/// granted at the first start after they have.
/// </summary>
internal sealed class RoleBootstrapOptions
{
    public const string Section = "Xueshi:Accounts:Bootstrap";

    public List<string> Operators { get; set; } = [];

    public List<string> Support { get; set; } = [];
}
