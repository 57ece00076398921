namespace Xueshi.Accounts.Domain;

/// <summary>What an SMS code may be spent on; a code sent for one purpose is useless for another.</summary>
internal enum SmsPurpose
{
    Register,
    SignIn,

    /// <summary>忘记密码: reset the password of the account of this phone.</summary>
    ResetPassword,

    /// <summary>换绑, step one: proves the signed-in teacher still has the old phone.</summary>
    RebindOldPhone,

    /// <summary>换绑, step two (also for a support request): proves the teacher has the new phone.</summary>
    RebindNewPhone,
}
