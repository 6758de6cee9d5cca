using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Filing.Tests.Authorisation.MatrixPreparations;

namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>The matrix rows of forms, audit, approval chains, accounts and the public endpoints.</summary>
public static partial class MatrixRows
{
    private static IEnumerable<MatrixRow> FormsAndAudit() =>
    [
        new("POST /api/filings/{id:guid}/forms/import", [Y, N, N, N, N, N, U], At(Milestone.DeclarationDraft),
            c => c.Client.UploadAsync(c.Target.RequireFiling().Url("/forms/import"), SeedFiles.For(Seeds.Declaration000, c.Target.RequireFiling()), Seeds.Declaration000)),
        new("PUT /api/filings/{id:guid}/forms/", [Y, N, N, N, N, N, U], At(Milestone.DeclarationDraft),
            c => c.Put("/forms", new { kind = "DepartmentDeclaration", document = Declaration000Document })),
        new("GET /api/filings/{id:guid}/forms/{stage}", [Y, N, Y, N, Y, Y, U], At(Milestone.DeclarationFilled),
            c => c.Get("/forms/Declaration"), ReadOnly: true),
        new("GET /api/filings/{id:guid}/forms/{stage}/diff", [Y, N, Y, N, Y, Y, U], TwoSubmittedVersions,
            c => c.Get("/forms/Declaration/diff?from=1&to=2"), ReadOnly: true),
        new("GET /api/filings/{id:guid}/forms/{stage}/{kind}.xlsx", [Y, N, Y, N, Y, Y, U], At(Milestone.DeclarationFilled),
            c => c.Get("/forms/Declaration/DepartmentDeclaration.xlsx"), ReadOnly: true),
        new("GET /api/filings/{id:guid}/audit/", [Y, N, Y, N, Y, Y, U], At(Milestone.DeclarationInReview),
            c => c.Get("/audit"), ReadOnly: true),
        new("GET /api/filings/{id:guid}/audit/verify", [Y, N, Y, N, Y, Y, U], At(Milestone.DeclarationInReview),
            c => c.Get("/audit/verify"), ReadOnly: true),

        // The organisation's trail (accounts, chains, sign-ins) is the performance office's to read.
        new("GET /api/organisation/audit/", [N, N, N, N, N, Y, U], NoFiling, c => c.Client.GetApiAsync("/api/organisation/audit"), ReadOnly: true),
        new("GET /api/organisation/audit/verify", [N, N, N, N, N, Y, U], NoFiling, c => c.Client.GetApiAsync("/api/organisation/audit/verify"), ReadOnly: true),
    ];

    private static IEnumerable<MatrixRow> Organisation() =>
    [
        new("GET /api/departments", [Y, H, Y, H, Y, Y, U], NoFiling, c => c.Client.GetApiAsync("/api/departments"), ReadOnly: true,
            Shows: (t, body) => body.EnumerateArray().Any(d => d.GetProperty("id").GetString() == t.DepartmentId)),

        // Who is who in the region (names on every signed form): everyone signed in reads it.
        new("GET /api/organisation/people", [Y, Y, Y, Y, Y, Y, U], NoFiling,
            c => c.Client.GetApiAsync("/api/organisation/people"), ReadOnly: true),

        // Chains are the region's, not a department's: everyone signed in reads them; only the performance office edits.
        new("GET /api/chains/{fiscalYear:int}/{stage}", [Y, Y, Y, Y, Y, Y, U], NoFiling,
            c => c.Client.GetApiAsync($"/api/chains/{c.Target.FiscalYear}/Declaration"), ReadOnly: true),
        new("PUT /api/chains/{fiscalYear:int}/{stage}", [N, N, N, N, N, Y, U], NoFiling,
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

        // The organisation is kept by the performance office alone; every call creates something new.
        new("POST /api/organisation/departments", [N, N, N, N, N, Y, U], NoFiling,
            c => c.Client.PostJsonAsync("/api/organisation/departments", new { id = "m" + Guid.NewGuid().ToString("N")[..12], name = "矩阵测试部门" })),
        new("POST /api/organisation/users", [N, N, N, N, N, Y, U], NoFiling,
            c => c.Client.PostJsonAsync("/api/organisation/users", new
            {
                id = "m" + Guid.NewGuid().ToString("N")[..12],
                displayName = "矩阵测试填报人",
                role = "filer",
                departmentId = c.Target.DepartmentId,
                password = "Matrix@2026",
            })),
        new("POST /api/auth/login", [Y, Y, Y, Y, Y, Y, Y], NoFiling,
            c => c.Client.PostJsonAsync("/api/auth/login", new { userId = c.UserId ?? DemoOrganisation.FilerOf(c.Target.DepartmentId), password = DemoOrganisation.Password }),
            ReadOnly: true),
        new("GET /api/auth/me", [Y, Y, Y, Y, Y, Y, U], NoFiling, c => c.Client.GetApiAsync("/api/auth/me"), ReadOnly: true),

        // Everyone signs out and revokes their own tokens; the performance office changes accounts and revokes theirs.
        new("POST /api/auth/logout", [Y, Y, Y, Y, Y, Y, U], NoFiling, MatrixAccounts.LogoutAsync),
        new("POST /api/auth/tokens/revoke-all", [Y, Y, Y, Y, Y, Y, U], NoFiling, MatrixAccounts.RevokeAllAsync),
        new("PUT /api/organisation/users/{id}", [N, N, N, N, N, Y, U], NoFiling,
            c => MatrixAccounts.OnNewFilerAsync(c, id => c.Client.PutJsonAsync($"/api/organisation/users/{id}", new { displayName = "改名后的填报人" }))),
        new("POST /api/organisation/users/{id}/revoke-tokens", [N, N, N, N, N, Y, U], NoFiling,
            c => MatrixAccounts.OnNewFilerAsync(c, id => c.Client.PostJsonAsync($"/api/organisation/users/{id}/revoke-tokens", null))),
        new("ANY /health/live", [Y, Y, Y, Y, Y, Y, Y], NoFiling, c => c.Client.GetApiAsync("/health/live"), ReadOnly: true),
        new("ANY /health/ready", [Y, Y, Y, Y, Y, Y, Y], NoFiling, c => c.Client.GetApiAsync("/health/ready"), ReadOnly: true),
        new("ANY /health/bus", [Y, Y, Y, Y, Y, Y, Y], NoFiling, c => c.Client.GetApiAsync("/health/bus"), ReadOnly: true),
        new("GET /openapi/{documentName}.json", [Y, Y, Y, Y, Y, Y, Y], NoFiling, c => c.Client.GetApiAsync("/openapi/v1.json"), ReadOnly: true),
    ];
}
