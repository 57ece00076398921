namespace Xueshi.Accounts.Domain;

/// <summary>What an SMS code may be spent on; a code sent for one purpose is useless for another.</summary>
internal enum SmsPurpose
{
    Register,
    SignIn,
}
