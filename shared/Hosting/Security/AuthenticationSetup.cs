using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace PerfWorkflow.Hosting.Security;

/// <summary>
/// Every service accepts JWT bearer tokens. <c>Auth:Mode</c> chooses who issues them:
/// <c>Local</c> (default) — the Filing service signs tokens for its local accounts with the shared
/// <c>Auth:SigningKey</c> (HS256); <c>Oidc</c> — an external OpenID Connect provider at <c>Auth:Authority</c> for
/// <c>Auth:Audience</c>, whose tokens must carry the claims of <see cref="PerfWorkflowClaims"/>.
/// </summary>
public static class AuthenticationSetup
{
    public const string Issuer = "perfworkflow-local";
    public const string Audience = "perfworkflow";

    public static void AddPerfWorkflowAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var mode = configuration["Auth:Mode"] ?? "Local";
        services.AddSingleton(LocalSigningKey.From(configuration));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                if (string.Equals(mode, "Oidc", StringComparison.OrdinalIgnoreCase))
                {
                    options.Authority = configuration["Auth:Authority"]
                        ?? throw new InvalidOperationException("Auth:Mode is Oidc but Auth:Authority is not set.");
                    options.Audience = configuration["Auth:Audience"] ?? Audience;
                    options.TokenValidationParameters.NameClaimType = PerfWorkflowClaims.Name;
                    options.TokenValidationParameters.RoleClaimType = PerfWorkflowClaims.Role;
                }
                else
                {
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = Issuer,
                        ValidAudience = Audience,
                        IssuerSigningKey = new SymmetricSecurityKey(LocalSigningKey.From(configuration).Bytes),
                        NameClaimType = PerfWorkflowClaims.Name,
                        RoleClaimType = PerfWorkflowClaims.Role,
                        ClockSkew = TimeSpan.FromMinutes(1),
                    };

                    // A signature proves who issued a token, not that it still stands: the process that keeps the
                    // accounts (Filing, or the Host) checks it was not revoked. OIDC tokens are the provider's to revoke.
                    options.Events = new JwtBearerEvents
                    {
                        OnTokenValidated = async context =>
                        {
                            if (context.HttpContext.RequestServices.GetService<ITokenRevocationCheck>() is { } revocation
                                && await revocation.IsRevokedAsync(context.Principal!, context.HttpContext.RequestAborted))
                            {
                                context.Fail("The token was revoked.");
                            }
                        },
                    };
                }
            });
        services.AddAuthorization();
    }
}
