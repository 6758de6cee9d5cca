using PerfWorkflow.Hosting;
using PerfWorkflow.Portal;

var app = PerfWorkflowApp.Build(args, [new PortalModule()]);
await app.RunAsync();
