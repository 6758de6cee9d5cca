namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// The sign-in's password check, as a service so tests can see which hash each sign-in was checked against (an
/// unknown account must be checked against <see cref="PasswordHashing.DummyHash"/>, at a known account's cost).
/// </summary>
public class PasswordVerifier
{
    public virtual bool Verify(string password, string storedHash) => PasswordHashing.Verify(password, storedHash);
}
