using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Security;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>Signs the tokens of local accounts (Auth:Mode Local) that every service accepts.</summary>
public sealed class LocalTokenIssuer(LocalSigningKey key, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public string Issue(UserRecord user)
    {
        var claims = new List<Claim>
        {
            new(PerfWorkflowClaims.UserId, user.Id),
            new(PerfWorkflowClaims.Name, user.DisplayName),
            new(PerfWorkflowClaims.Role, user.Role),
            new(PerfWorkflowClaims.Region, user.Region),
            new(PerfWorkflowClaims.TokenId, Guid.NewGuid().ToString("N")),
            new(PerfWorkflowClaims.SecurityStamp, user.SecurityStamp),
        };
        if (user.DepartmentId is not null)
        {
            claims.Add(new Claim(PerfWorkflowClaims.DepartmentId, user.DepartmentId));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var token = new JwtSecurityToken(
            AuthenticationSetup.Issuer,
            AuthenticationSetup.Audience,
            claims,
            notBefore: now,
            expires: now + Lifetime,
            signingCredentials: new SigningCredentials(new SymmetricSecurityKey(key.Bytes), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
