using PerfWorkflow.Filing;
using PerfWorkflow.Hosting;
using PerfWorkflow.Notification;
using PerfWorkflow.Portal;
using PerfWorkflow.Workflow;

// The embedded default: one process, SQLite files under ./data, the in-memory bus, and the five real filings as
// demo data. Every setting can be overridden as usual (appsettings, PERFWF_ environment variables, --key=value).
return await PerfWorkflowApp.RunAsync(
    args,
    [new FilingModule(), new WorkflowModule(), new NotificationModule(), new PortalModule()],
    builder => builder.Configuration["Demo:SeedDirectory"] ??= Path.Combine(AppContext.BaseDirectory, "DemoData"));
