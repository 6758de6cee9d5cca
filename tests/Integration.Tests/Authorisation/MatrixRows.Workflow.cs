using System.Text.Json;
using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Integration.Tests.Authorisation.MatrixPreparations;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// The matrix rows of Workflow and Notification. A Workflow deployment serves one finance bureau (Workflow:Region):
/// another region's people are refused there outright. Workflow knows departments, not their supervising
/// departments, so the supervising department's people see its cycles and deadlines no more than any other department.
/// </summary>
public static partial class MatrixRows
{
    private static IEnumerable<MatrixRow> Workflow() =>
    [
        OnWorkflow("GET /api/workflow/filings/{filingId:guid}", [Y, N, Y, N, N, N, Y, Y, N, U], InWorkflow,
            c => c.Client.GetApiAsync($"/api/workflow/filings/{c.Target.RequireFiling().Id}"), ReadOnly: true),
        OnWorkflow("GET /api/workflow/filings", [Y, H, Y, H, H, H, Y, Y, N, U], InWorkflow,
            c => c.Client.GetApiAsync($"/api/workflow/filings?fiscalYear={c.Target.FiscalYear}"), ReadOnly: true,
            Shows: (t, body) => body.EnumerateArray().Any(f => f.GetProperty("filingId").GetGuid() == t.RequireFiling().Id)),
        OnWorkflow("GET /api/workflow/deadlines", [Y, H, Y, H, H, H, Y, Y, N, U], InWorkflow,
            c => c.Client.GetApiAsync($"/api/workflow/deadlines?fiscalYear={c.Target.FiscalYear}"), ReadOnly: true,
            Shows: (t, body) => body.EnumerateArray().Any(f => f.GetProperty("filingId").GetGuid() == t.RequireFiling().Id)),

        // The year's calendar is the bureau's to read and the performance office's to extend.
        OnWorkflow("GET /api/workflow/calendars/{fiscalYear:int}", [N, N, N, N, N, N, Y, Y, N, U], NoFiling,
            c => c.Client.GetApiAsync($"/api/workflow/calendars/{c.Target.FiscalYear}"), ReadOnly: true),
        OnWorkflow("POST /api/workflow/calendars/{fiscalYear:int}/extensions", [N, N, N, N, N, N, N, Y, N, U], NoFilingInCalendarYear,
            c => c.Client.PostJsonAsync($"/api/workflow/calendars/{c.Target.FiscalYear}/extensions", new
            {
                stage = "Declaration",
                departmentId = c.Target.DepartmentId,
                newDueDate = MatrixDriver.LaterDeclarationDueDate(c.Target.FiscalYear),
                reason = "全区统一延期",
            }),
            State: CalendarStateAsync),

        // 申请延期: the department asks, the performance office answers; each sees only its own (the bureau all).
        OnWorkflow("GET /api/workflow/extension-applications/", [Y, H, Y, H, H, H, Y, Y, N, U], PendingApplication,
            c => c.Client.GetApiAsync("/api/workflow/extension-applications"), ReadOnly: true,
            Shows: (t, body) => body.EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == t.Application)),
        OnWorkflow("POST /api/workflow/extension-applications/", [Y, N, Y, N, N, N, N, N, N, U], DraftInWorkflow,
            c => c.Client.PostJsonAsync("/api/workflow/extension-applications", MatrixDriver.ExtensionApplication(c.Target.RequireFiling())),
            State: ApplicationsStateAsync),
        OnWorkflow("POST /api/workflow/extension-applications/{id:guid}/grant", [N, N, N, N, N, N, N, Y, N, U], PendingApplication,
            c => c.Client.PostJsonAsync($"/api/workflow/extension-applications/{c.Target.Application}/grant", new { comment = "同意延期" }),
            State: ApplicationsStateAsync),
        OnWorkflow("POST /api/workflow/extension-applications/{id:guid}/refuse", [N, N, N, N, N, N, N, Y, N, U], PendingApplication,
            c => c.Client.PostJsonAsync($"/api/workflow/extension-applications/{c.Target.Application}/refuse", new { comment = "理由不充分，不予延期" }),
            State: ApplicationsStateAsync),
    ];

    private static async Task<string?> ApplicationsStateAsync(MatrixDriver driver, MatrixTarget target) =>
        (await driver.GetAsync(MatrixService.Workflow, DemoOrganisation.PerformanceOffice, $"/api/workflow/extension-applications?filingId={target.RequireFiling().Id}")).ToString();

    private static async Task<string?> CalendarStateAsync(MatrixDriver driver, MatrixTarget target) =>
        (await driver.GetAsync(MatrixService.Workflow, DemoOrganisation.PerformanceOffice, $"/api/workflow/calendars/{target.FiscalYear}")).ToString();

    private static MatrixRow OnWorkflow(
        string endpoint, Expect[] expectations, Func<MatrixDriver, MatrixRole?, Task<MatrixTarget>> prepare, Func<MatrixCall, Task<ApiResponse>> send,
        bool ReadOnly = false, Func<MatrixTarget, JsonElement, bool>? Shows = null, Func<MatrixDriver, MatrixTarget, Task<string?>>? State = null) =>
        new(MatrixService.Workflow, endpoint, expectations, prepare, send, ReadOnly, Shows, State);
}
