using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Integration.Tests.Authorisation.MatrixPreparations;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>The matrix rows of Filing's forms, audit, approval chains, organisation and accounts.</summary>
public static partial class MatrixRows
{
    private static IEnumerable<MatrixRow> FormsAndAudit() =>
    [
        OnFiling("POST /api/filings/{id:guid}/forms/import", [Y, N, N, N, N, N, N, N, N, U], At(Milestone.DeclarationDraft),
            c => c.Client.UploadAsync(c.Target.RequireFiling().Url("/forms/import"), MatrixDriver.OwnSeed(SeedFile.Declaration000, c.Target.RequireFiling()), SeedFile.Declaration000)),
        OnFiling("PUT /api/filings/{id:guid}/forms/", [Y, N, N, N, N, N, N, N, N, U], At(Milestone.DeclarationDraft),
            c => c.Put("/forms", new { kind = "DepartmentDeclaration", document = Declaration000Document })),
        OnFiling("GET /api/filings/{id:guid}/forms/{stage}", [Y, N, Y, N, Y, Y, Y, Y, N, U], At(Milestone.DeclarationFilled),
            c => c.Get("/forms/Declaration"), ReadOnly: true),
        OnFiling("GET /api/filings/{id:guid}/forms/{stage}/diff", [Y, N, Y, N, Y, Y, Y, Y, N, U], TwoSubmittedVersions,
            c => c.Get("/forms/Declaration/diff?from=1&to=2"), ReadOnly: true),
        OnFiling("GET /api/filings/{id:guid}/forms/{stage}/{kind}.xlsx", [Y, N, Y, N, Y, Y, Y, Y, N, U], At(Milestone.DeclarationFilled),
            c => c.Get("/forms/Declaration/DepartmentDeclaration.xlsx"), ReadOnly: true),
        OnFiling("GET /api/filings/{id:guid}/audit/", [Y, N, Y, N, Y, Y, Y, Y, N, U], At(Milestone.DeclarationInReview),
            c => c.Get("/audit"), ReadOnly: true),
        OnFiling("GET /api/filings/{id:guid}/audit/verify", [Y, N, Y, N, Y, Y, Y, Y, N, U], At(Milestone.DeclarationInReview),
            c => c.Get("/audit/verify"), ReadOnly: true),

        // The organisation's trail (accounts, chains, sign-ins) is a performance office's to read, its own region's.
        OnFiling("GET /api/organisation/audit/", [N, N, N, N, N, N, N, Y, H, U], NoFiling, c => c.Client.GetApiAsync("/api/organisation/audit"), ReadOnly: true,
            Shows: (_, body) => body.EnumerateArray().Any(l => l.GetProperty("region").GetString() == DemoDataRegion)),
        OnFiling("GET /api/organisation/audit/verify", [N, N, N, N, N, N, N, Y, Y, U], NoFiling, c => c.Client.GetApiAsync("/api/organisation/audit/verify"), ReadOnly: true),
    ];

    private static IEnumerable<MatrixRow> Organisation() =>
    [
        OnFiling("GET /api/departments", [Y, H, Y, H, Y, Y, Y, Y, H, U], NoFiling, c => c.Client.GetApiAsync("/api/departments"), ReadOnly: true,
            Shows: (t, body) => body.EnumerateArray().Any(d => d.GetProperty("id").GetString() == t.DepartmentId)),

        // Who is who in the region (names on every signed form): everyone signed in reads it, within their region.
        OnFiling("GET /api/organisation/people", [Y, Y, Y, Y, Y, Y, Y, Y, H, U], NoFiling,
            c => c.Client.GetApiAsync("/api/organisation/people"), ReadOnly: true,
            Shows: (t, body) => body.EnumerateArray().Any(p => p.GetProperty("id").GetString() == DemoOrganisation.FilerOf(t.DepartmentId))),

        // Chains are a region's, not a department's: everyone signed in reads their region's; only a performance
        // office revises, and only its own region's (another region's office gets its own region's chain).
        OnFiling("GET /api/chains/{fiscalYear:int}/{stage}", [Y, Y, Y, Y, Y, Y, Y, Y, H, U], NoFiling,
            c => c.Client.GetApiAsync($"/api/chains/{c.Target.FiscalYear}/Declaration"), ReadOnly: true,
            Shows: (_, body) => body.GetProperty("region").GetString() == DemoDataRegion),
        OnFiling("PUT /api/chains/{fiscalYear:int}/{stage}", [N, N, N, N, N, N, N, Y, Y, U], NoFiling,
            c => c.Client.PutJsonAsync($"/api/chains/{c.Target.FiscalYear}/Declaration", new
            {
                steps = new object[]
                {
                    new { roleKey = "department-head", mode = "Any" },
                    new { roleKey = "supervising-reviewer", mode = "Any", skipWhenVacant = true },
                    new { roleKey = "finance-division", mode = "Any" },
                    new { roleKey = "performance-office", mode = "Any" },
                },
            })),

        // The organisation is kept by the performance office alone, in its own region; every call creates something new.
        OnFiling("POST /api/organisation/departments", [N, N, N, N, N, N, N, Y, Y, U], NoFiling,
            c => c.Client.PostJsonAsync("/api/organisation/departments", new { id = "m" + Guid.NewGuid().ToString("N")[..12], name = "矩阵测试部门", supervisingDepartmentId = (string?)null })),

        // Another region's office cannot put a person in this region's department: the department is not in its region.
        OnFiling("POST /api/organisation/users", [N, N, N, N, N, N, N, Y, I, U], NoFiling,
            c => c.Client.PostJsonAsync("/api/organisation/users", new
            {
                id = "m" + Guid.NewGuid().ToString("N")[..12],
                displayName = "矩阵测试填报人",
                role = "filer",
                departmentId = c.Target.DepartmentId,
                password = "Matrix@2026",
            })),

        // Signing in asks nobody's token: every column signs in as the target's filer (another region's people have
        // no local account; they come with an identity provider's token).
        OnFiling("POST /api/auth/login", [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y], NoFiling,
            c => c.Client.PostJsonAsync("/api/auth/login", new { userId = DemoOrganisation.FilerOf(c.Target.DepartmentId), password = DemoOrganisation.Password }),
            ReadOnly: true),
        OnFiling("GET /api/auth/me", [Y, Y, Y, Y, Y, Y, Y, Y, Y, U], NoFiling, c => c.Client.GetApiAsync("/api/auth/me"), ReadOnly: true),

        // Everyone signs out and revokes their own tokens; a performance office changes its own region's accounts and
        // revokes theirs (another region's office does not find this region's filer).
        OnFiling("POST /api/auth/logout", [Y, Y, Y, Y, Y, Y, Y, Y, Y, U], NoFiling, MatrixAccounts.LogoutAsync),
        OnFiling("POST /api/auth/tokens/revoke-all", [Y, Y, Y, Y, Y, Y, Y, Y, Y, U], NoFiling, MatrixAccounts.RevokeAllAsync),
        OnFiling("PUT /api/organisation/users/{id}", [N, N, N, N, N, N, N, Y, N, U], NoFiling,
            c => MatrixAccounts.OnNewFilerAsync(c, id => c.Client.PutJsonAsync($"/api/organisation/users/{id}", new { displayName = "改名后的填报人" }))),
        OnFiling("POST /api/organisation/users/{id}/revoke-tokens", [N, N, N, N, N, N, N, Y, N, U], NoFiling,
            c => MatrixAccounts.OnNewFilerAsync(c, id => c.Client.PostJsonAsync($"/api/organisation/users/{id}/revoke-tokens", null))),
    ];

    private const string DemoDataRegion = PerfWorkflow.Filing.Demo.DemoDataSeeder.DefaultRegion;

    /// <summary>Every service's health and OpenAPI document: open to all (probes and generated clients call them without a token).</summary>
    private static IEnumerable<MatrixRow> Hosting() => Enum.GetValues<MatrixService>().SelectMany(service => new[]
    {
        new MatrixRow(service, "ANY /health/live", [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y], NoFiling, c => c.Client.GetApiAsync("/health/live"), ReadOnly: true),
        new MatrixRow(service, "ANY /health/ready", [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y], NoFiling, c => c.Client.GetApiAsync("/health/ready"), ReadOnly: true),
        new MatrixRow(service, "ANY /health/bus", [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y], NoFiling, c => c.Client.GetApiAsync("/health/bus"), ReadOnly: true),
        new MatrixRow(service, "GET /openapi/{documentName}.json", [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y], NoFiling, c => c.Client.GetApiAsync("/openapi/v1.json"), ReadOnly: true),
    });
}
